/** Detector-independent training plumbing: the trainer interface, the registry of detectors and the model directory layout. */
package fr.sentinelle.models.train;
