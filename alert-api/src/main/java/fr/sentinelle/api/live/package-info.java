/** Broadcast of new alert versions to live stream subscribers. */
package fr.sentinelle.api.live;
