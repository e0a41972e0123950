/** Generated Avro classes shared by several schemas: coordinates, bounding boxes, source references. */
package fr.sentinelle.avro.common;
