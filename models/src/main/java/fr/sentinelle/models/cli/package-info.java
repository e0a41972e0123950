/** The models command line: train and evaluate a detector's model. */
package fr.sentinelle.models.cli;
