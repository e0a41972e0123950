/** Water-quality feed adapters: GECCO-2018-shaped sensor CSV files turned into WaterReading rows. */
package fr.sentinelle.connectors.water;
