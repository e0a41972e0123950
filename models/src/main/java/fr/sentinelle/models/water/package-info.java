/** Water-quality detector: causal per-station features, the Tribuo model, event segmentation and time-ordered evaluation. */
package fr.sentinelle.models.water;
