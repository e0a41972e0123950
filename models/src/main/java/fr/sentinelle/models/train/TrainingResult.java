package fr.sentinelle.models.train;

import fr.sentinelle.models.eval.BinaryFigures;
import java.nio.file.Path;

/** A trained model directory, its version and the figures measured on the validation split. */
public record TrainingResult(String modelVersion, Path modelDir, BinaryFigures validation) {}
