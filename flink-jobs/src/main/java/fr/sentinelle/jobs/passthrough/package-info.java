/** The pass-through job (decode and validate, then encode again, no scoring): the baseline the benchmarks compare each detector job with. */
package fr.sentinelle.jobs.passthrough;
