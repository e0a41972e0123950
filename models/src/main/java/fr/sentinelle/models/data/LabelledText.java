package fr.sentinelle.models.data;

/**
 * One labelled text read from a training file.
 *
 * @param text the raw text (HTML entities still encoded; the feature extractor normalises it)
 * @param positive whether the label column says 1
 * @param language "fr"/"en" from the optional language column, or null (detected later)
 * @param line the 1-based line of the file where this record starts, for error messages
 */
public record LabelledText(String text, boolean positive, String language, long line) {}
