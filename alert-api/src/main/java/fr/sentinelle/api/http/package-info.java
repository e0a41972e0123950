/** HTTP endpoints: alert list, one alert, live stream, metrics, and error bodies. */
package fr.sentinelle.api.http;
