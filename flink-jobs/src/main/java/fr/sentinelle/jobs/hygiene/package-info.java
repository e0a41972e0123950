/** The restaurant-hygiene detector: scores reviews with the hygiene model and alerts on establishments whose risky reviews pile up. */
package fr.sentinelle.jobs.hygiene;
