package fr.sentinelle.avro.validate;

import fr.sentinelle.avro.common.BoundingBox;
import fr.sentinelle.avro.common.GeoPoint;
import fr.sentinelle.avro.feed.CallUtterance;
import fr.sentinelle.avro.feed.InspectionLetter;
import fr.sentinelle.avro.feed.Measurement;
import fr.sentinelle.avro.feed.MedicalReport;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.avro.feed.SceneTile;
import fr.sentinelle.avro.feed.Speaker;
import fr.sentinelle.avro.feed.WaterReading;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One valid record of each feed, as of {@link #NOW}; tests change one field at a time. */
final class ValidRecords {
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  static final Instant EVENT = Instant.parse("2026-11-19T18:30:00Z");

  private ValidRecords() {}

  static Review review() {
    return Review.newBuilder().setReviewId("r-1").setEstablishmentId("est-1")
        .setEstablishmentName("Chez Paul").setAddress("1 rue de la Paix, 75002 Paris").setDepartment("75")
        .setLocation(new GeoPoint(48.86, 2.33)).setPlatform("google").setLanguage("fr")
        .setText("Très bon accueil.").setRating(4.5).setEventTime(EVENT).build();
  }

  static WaterReading water() {
    return WaterReading.newBuilder().setStationId("st-1").setDepartment("2A").setEventTime(EVENT)
        .setMeasurements(List.of(new Measurement("chlorine", 0.3, "mg/L"), new Measurement("ph", null, "1")))
        .build();
  }

  static SceneTile scene() {
    return SceneTile.newBuilder().setTileId("t-1").setZoneId("z-1").setDepartment("971")
        .setBbox(new BoundingBox(650000.0, 6860000.0, 651000.0, 6861000.0)).setCrs("EPSG:2154")
        .setAcquisitionTime(EVENT).setSensor("sentinel-2").setBands(List.of("B04", "B03", "B02"))
        .setWidth(512).setHeight(512).setImageUri("s3://tiles/t-1.tif").build();
  }

  static CallUtterance call() {
    return CallUtterance.newBuilder().setCallId("c-1").setTurn(0).setSpeaker(Speaker.CALLER)
        .setText("Bonjour, je n'ai pas reçu ma paie.").setLanguage("fr").setEventTime(EVENT).build();
  }

  static InspectionLetter letter() {
    return InspectionLetter.newBuilder().setLetterId("l-1").setSiteId("s-1").setSector("REP")
        .setDepartment("59").setInspectionDate(LocalDate.parse("2026-10-02"))
        .setText("Monsieur le directeur, ...").setEventTime(EVENT).build();
  }

  static MedicalReport medical() {
    return MedicalReport.newBuilder().setReportId("m-1").setPatientPseudoId("p-1").setStayId("s-1")
        .setService("chirurgie-digestive").setReportType("lettre-de-sortie")
        .setText("Suites opératoires simples.").setEventTime(EVENT).build();
  }
}
