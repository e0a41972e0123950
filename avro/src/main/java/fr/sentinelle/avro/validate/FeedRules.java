package fr.sentinelle.avro.validate;

import fr.sentinelle.avro.common.BoundingBox;
import fr.sentinelle.avro.feed.CallUtterance;
import fr.sentinelle.avro.feed.InspectionLetter;
import fr.sentinelle.avro.feed.Measurement;
import fr.sentinelle.avro.feed.MedicalReport;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.avro.feed.SceneTile;
import fr.sentinelle.avro.feed.WaterReading;
import java.util.List;

/** The rule set of each feed record type, one method per feed; {@link FeedValidator} holds the table. */
final class FeedRules {
  private FeedRules() {}

  static void review(Review r, Violations v) {
    v.id("reviewId", r.getReviewId());
    v.id("establishmentId", r.getEstablishmentId());
    v.optionalLabel("establishmentName", r.getEstablishmentName());
    v.optionalLabel("address", r.getAddress());
    v.department("department", r.getDepartment(), true);
    v.location("location", r.getLocation());
    v.label("platform", r.getPlatform());
    v.language("language", r.getLanguage());
    v.text("text", r.getText());
    v.range("rating", r.getRating(), 0, 5);
    v.eventTime("eventTime", r.getEventTime());
  }

  static void waterReading(WaterReading r, Violations v) {
    v.id("stationId", r.getStationId());
    v.department("department", r.getDepartment(), false);
    v.eventTime("eventTime", r.getEventTime());
    List<Measurement> measurements = r.getMeasurements();
    if (measurements == null || measurements.isEmpty()) {
      v.add("measurements", "empty");
    } else if (measurements.size() > FeedValidator.MAX_ITEMS) {
      v.add("measurements", "too many (" + measurements.size() + ", max " + FeedValidator.MAX_ITEMS + ")");
    } else {
      for (int i = 0; i < measurements.size(); i++) {
        Measurement m = measurements.get(i);
        String at = "measurements[" + i + "]";
        if (m == null) {
          v.add(at, "missing");
          continue;
        }
        v.label(at + ".parameter", m.getParameter());
        v.finite(at + ".value", m.getValue());
        v.label(at + ".unit", m.getUnit());
      }
    }
  }

  static void sceneTile(SceneTile t, Violations v) {
    v.id("tileId", t.getTileId());
    v.id("zoneId", t.getZoneId());
    v.department("department", t.getDepartment(), false);
    BoundingBox b = t.getBbox();
    if (b == null) {
      v.add("bbox", "missing");
    } else if (v.finite("bbox.minX", b.getMinX()) & v.finite("bbox.minY", b.getMinY())
        & v.finite("bbox.maxX", b.getMaxX()) & v.finite("bbox.maxY", b.getMaxY())
        && (b.getMinX() >= b.getMaxX() || b.getMinY() >= b.getMaxY())) {
      v.add("bbox", "empty (min must be below max on both axes)");
    }
    v.label("crs", t.getCrs());
    v.eventTime("acquisitionTime", t.getAcquisitionTime());
    v.label("sensor", t.getSensor());
    List<String> bands = t.getBands();
    if (bands != null) {
      for (int i = 0; i < bands.size(); i++) {
        v.label("bands[" + i + "]", bands.get(i));
      }
    }
    v.atLeast("width", t.getWidth(), 1);
    v.atLeast("height", t.getHeight(), 1);
    if (t.getImage() == null && t.getImageUri() == null) {
      v.add("image", "neither image nor imageUri given");
    }
    v.optionalLabel("imageUri", t.getImageUri());
    v.optionalLabel("referenceTileId", t.getReferenceTileId());
    v.optionalLabel("referenceImageUri", t.getReferenceImageUri());
  }

  static void callUtterance(CallUtterance u, Violations v) {
    v.id("callId", u.getCallId());
    v.atLeast("turn", u.getTurn(), 0);
    if (u.getSpeaker() == null) {
      v.add("speaker", "missing");
    }
    v.text("text", u.getText());
    v.language("language", u.getLanguage());
    v.department("department", u.getDepartment(), true);
    v.eventTime("eventTime", u.getEventTime());
  }

  static void inspectionLetter(InspectionLetter l, Violations v) {
    v.id("letterId", l.getLetterId());
    v.id("siteId", l.getSiteId());
    v.optionalLabel("siteName", l.getSiteName());
    v.optionalLabel("installation", l.getInstallation());
    v.label("sector", l.getSector());
    v.department("department", l.getDepartment(), true);
    v.date("inspectionDate", l.getInspectionDate());
    v.text("text", l.getText());
    v.eventTime("eventTime", l.getEventTime());
  }

  static void medicalReport(MedicalReport r, Violations v) {
    v.id("reportId", r.getReportId());
    v.id("patientPseudoId", r.getPatientPseudoId());
    v.id("stayId", r.getStayId());
    v.label("service", r.getService());
    v.label("reportType", r.getReportType());
    v.department("department", r.getDepartment(), true);
    v.text("text", r.getText());
    v.eventTime("eventTime", r.getEventTime());
  }
}
