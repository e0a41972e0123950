package fr.sentinelle.models.train;

import java.nio.file.Path;

/**
 * What to train on and where to write the model.
 *
 * @param data labelled training file
 * @param out model directory to create (or overwrite)
 * @param seed seed of every random choice (splits, solver), so a training run can be repeated
 * @param validationFraction part of the de-duplicated data held out for the reported figures
 * @param cost the detector's regularisation setting; null lets the trainer choose it by cross-validation
 */
public record TrainRequest(Path data, Path out, long seed, double validationFraction, Double cost) {}
