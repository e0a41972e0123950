package fr.sentinelle.avro.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.common.GeoPoint;
import fr.sentinelle.avro.feed.Review;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;

class AvroCodecTest {
  private final AvroCodec<Review> codec = AvroCodec.of(Review.class);

  static Review review() {
    return Review.newBuilder()
        .setReviewId("r-1").setEstablishmentId("siret-123").setEstablishmentName("Chez Lulu")
        .setDepartment("75").setLocation(new GeoPoint(48.85, 2.35)).setPlatform("google")
        .setLanguage("fr").setText("Toute la table malade après le repas.").setRating(1.0)
        .setEventTime(Instant.parse("2026-11-02T12:00:00Z")).build();
  }

  @Test
  void roundTripsARecordWithItsFingerprint() throws Exception {
    byte[] bytes = codec.encode(review());
    assertEquals((byte) 0xC3, bytes[0], "single-object encoding starts with the magic bytes C3 01");
    assertEquals((byte) 0x01, bytes[1]);
    assertEquals(review(), codec.decode(bytes));
  }

  @Test
  void survivesJavaSerializationAsFlinkShipsIt() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
      objects.writeObject(codec);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      @SuppressWarnings("unchecked")
      AvroCodec<Review> copy = (AvroCodec<Review>) in.readObject();
      assertEquals(review(), copy.decode(codec.encode(review())));
    }
  }

  @Test
  void rejectsEmptyRandomAndTruncatedMessagesWithAReason() {
    assertEquals(RejectReason.UNDECODABLE, reasonFor(new byte[0]));
    assertEquals(RejectReason.UNDECODABLE, reasonFor("{\"reviewId\": 1}".getBytes()));
    byte[] random = new byte[64];
    new Random(42).nextBytes(random);
    assertEquals(RejectReason.UNDECODABLE, reasonFor(random));
    byte[] full = codec.encode(review());
    assertEquals(RejectReason.UNDECODABLE, reasonFor(Arrays.copyOf(full, full.length - 5)));
  }

  @Test
  void rejectsAMessageOfAnotherSchemaAsUnknownSchema() {
    byte[] alertLike = codec.encode(review());
    alertLike[5] ^= 0x7F; // corrupt the fingerprint
    assertEquals(RejectReason.UNKNOWN_SCHEMA, reasonFor(alertLike));
  }

  @Test
  void aReaderWithANewerSchemaReadsMessagesWrittenWithTheCurrentOne() throws IOException {
    Schema next = parse("/ReviewNext.avsc");
    BinaryMessageDecoder<GenericRecord> newerReader = new BinaryMessageDecoder<>(GenericData.get(), next);
    newerReader.addSchema(Review.getClassSchema());

    GenericRecord read = newerReader.decode(codec.encode(review()));

    assertEquals("siret-123", read.get("establishmentId").toString());
    assertEquals(0, read.get("helpfulVotes"), "an added field takes its default");
    assertEquals(null, read.getSchema().getField("rating"), "a dropped field is ignored");
  }

  @Test
  void theCurrentReaderReadsMessagesOfAnOlderWriterKeptInTheHistory() throws Exception {
    Schema older = SchemaHistory.olderVersionsOf(Review.getClassSchema()).stream()
        .filter(s -> s.getField("rating") == null).findFirst()
        .orElseThrow(() -> new AssertionError("Review-v1 (without rating) must be in the history"));
    GenericRecord old = new GenericData.Record(older);
    old.put("reviewId", "r-old");
    old.put("establishmentId", "siret-9");
    old.put("platform", "tripadvisor");
    old.put("text", "Intoxication alimentaire, trois malades.");
    old.put("eventTime", 1_700_000_000_000L);
    byte[] bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(old).array();

    Review review = codec.decode(bytes);

    assertEquals("r-old", review.getReviewId());
    assertEquals(null, review.getRating(), "a field added since takes its default");
    assertEquals(Instant.ofEpochMilli(1_700_000_000_000L), review.getEventTime());
  }

  @Test
  void encodesEveryFeedAndTheAlertSchemasFromTheirClasses() {
    assertTrue(AvroCodec.of(fr.sentinelle.avro.alert.Alert.class).schema().getField("alertId") != null);
    assertArrayEquals(new byte[] {(byte) 0xC3, 0x01}, Arrays.copyOf(codec.encode(review()), 2));
  }

  private RejectReason reasonFor(byte[] bytes) {
    return assertThrows(DecodeException.class, () -> codec.decode(bytes)).reason();
  }

  private static Schema parse(String resource) throws IOException {
    try (InputStream in = AvroCodecTest.class.getResourceAsStream(resource)) {
      return new Schema.Parser().parse(in);
    }
  }
}
