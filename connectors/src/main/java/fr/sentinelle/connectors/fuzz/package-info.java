/** Reviews with known outcomes for robustness runs: risky texts the default model flags, and hostile payloads with the dead-letter reason each must get. */
package fr.sentinelle.connectors.fuzz;
