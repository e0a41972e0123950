package fr.sentinelle.models.water;

/**
 * One minute of one station: its time, one value per parameter (NaN when missing) and, in
 * labelled files, whether the minute belongs to an event.
 */
public record WaterSample(long time, double[] values, boolean event) {}
