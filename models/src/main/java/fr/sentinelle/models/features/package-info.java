/** Feature extraction shared by training and scoring: one code path turns a text into model features. */
package fr.sentinelle.models.features;
