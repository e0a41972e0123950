package fr.sentinelle.connectors.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.avro.feed.SceneTile;
import fr.sentinelle.avro.feed.WaterReading;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemasTest {
  @Test
  void requiredColumnsAreNonNullableFieldsWithoutDefaultFlattenedWithDots() {
    assertEquals(List.of("reviewId", "establishmentId", "platform", "text", "eventTime"),
        Schemas.requiredColumns(Review.getClassSchema()));
    assertEquals(List.of("tileId", "zoneId", "department", "bbox.minX", "bbox.minY", "bbox.maxX", "bbox.maxY", "crs",
            "acquisitionTime", "sensor", "width", "height"),
        Schemas.requiredColumns(SceneTile.getClassSchema()));
    assertEquals(List.of("stationId", "department", "eventTime", "measurements"),
        Schemas.requiredColumns(WaterReading.getClassSchema()));
  }

  @Test
  void knownColumnsIncludeNullableNestedRecords() {
    assertEquals(List.of("reviewId", "establishmentId", "establishmentName", "address", "department",
            "location.latitude", "location.longitude", "platform", "language", "text", "rating", "eventTime"),
        Schemas.knownColumns(Review.getClassSchema()));
  }
}
