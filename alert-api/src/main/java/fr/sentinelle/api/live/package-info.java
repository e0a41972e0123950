/** The live stream: hands folded alerts and case changes to subscribers, with resume from the store. */
package fr.sentinelle.api.live;
