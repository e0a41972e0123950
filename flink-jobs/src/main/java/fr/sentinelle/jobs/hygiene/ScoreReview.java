package fr.sentinelle.jobs.hygiene;

import fr.sentinelle.avro.alert.RejectReason;
import fr.sentinelle.avro.feed.Review;
import fr.sentinelle.jobs.common.DeadLetters;
import fr.sentinelle.jobs.common.DetectorMetrics;
import fr.sentinelle.jobs.common.RejectionCounters;
import fr.sentinelle.jobs.common.ScoringDuration;
import fr.sentinelle.jobs.common.Sourced;
import fr.sentinelle.models.hygiene.HygieneModel;
import java.time.Clock;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Scores each review with the hygiene model (loaded once per task in {@link #open}) and marks it
 * risky when the score reaches the threshold: the model's own, unless the job overrides it. A
 * review the model fails on goes to the dead letters as SCORING_FAILED; the job goes on.
 */
public final class ScoreReview extends ProcessFunction<Sourced<Review>, ScoredReview> {
  private static final long serialVersionUID = 1L;

  private final ModelRef modelRef;
  private final Double thresholdOverride;
  private final Clock clock;

  private transient HygieneModel model;
  private transient double threshold;
  private transient Counter scored;
  private transient RejectionCounters rejected;
  private transient ScoringDuration scoringDuration;

  /** @param thresholdOverride null to use the threshold chosen when the model was trained */
  public ScoreReview(ModelRef modelRef, Double thresholdOverride, Clock clock) {
    this.modelRef = Objects.requireNonNull(modelRef);
    this.thresholdOverride = thresholdOverride;
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    model = modelRef.load();
    threshold = thresholdOverride == null ? model.threshold() : thresholdOverride;
    var metrics = getRuntimeContext().getMetricGroup();
    scored = DetectorMetrics.events(metrics, HygieneJob.DETECTOR, DetectorMetrics.SCORED);
    rejected = new RejectionCounters(metrics, HygieneJob.DETECTOR);
    scoringDuration = DetectorMetrics.scoringDuration(metrics, HygieneJob.DETECTOR);
    DetectorMetrics.modelInfo(metrics, HygieneJob.DETECTOR, model.version());
  }

  @Override
  public void processElement(Sourced<Review> sourced, Context ctx, Collector<ScoredReview> out) {
    Review review = sourced.record;
    double score;
    long start = System.nanoTime();
    try {
      score = model.score(review.getText().toString(), str(review.getLanguage()));
      scoringDuration.recordSince(start);
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalStateException("score " + score + " is not a probability");
      }
    } catch (RuntimeException e) {
      rejected.count(RejectReason.SCORING_FAILED);
      ctx.output(DeadLetters.REJECTED, DeadLetters.of(HygieneJob.DETECTOR, sourced.message,
          str(review.getReviewId()), RejectReason.SCORING_FAILED,
          "model " + model.version() + " failed: " + e, clock.instant()));
      return;
    }
    scored.inc();
    out.collect(toScored(sourced, score, score >= threshold, model.version()));
  }

  static ScoredReview toScored(Sourced<Review> sourced, double score, boolean risky, String modelVersion) {
    Review r = sourced.record;
    var location = r.getLocation();
    return new ScoredReview(str(r.getReviewId()), str(r.getEstablishmentId()), str(r.getEstablishmentName()),
        str(r.getAddress()), str(r.getDepartment()),
        location == null ? null : location.getLatitude(), location == null ? null : location.getLongitude(),
        str(r.getPlatform()), risky ? ScoredReview.excerpt(r.getText().toString()) : null, score, risky, modelVersion,
        r.getEventTime().toEpochMilli(), sourced.message.topic(), sourced.message.partition(),
        sourced.message.offset());
  }

  private static String str(CharSequence value) {
    return value == null ? null : value.toString();
  }
}
