/** The water-quality detector job: station readings in event time, per-station rolling scoring, one alert per event. */
package fr.sentinelle.jobs.water;
