/** Records the detector jobs keep in their Flink state (generated from src/main/avro/state): not exchanged on any topic. */
package fr.sentinelle.avro.state;
