package fr.sentinelle.models.water;

/**
 * The scoring step of one reading, the same in evaluation and in the Flink job: features from the
 * station's past, the model's event probability, then smoothing and event segmentation.
 */
public final class StationScorer {
  private final WaterModel model;
  private final EventSegmenter segmenter;

  public StationScorer(WaterModel model) {
    this(model, model.metadata().rule());
  }

  public StationScorer(WaterModel model, EventRule rule) {
    this.model = model;
    this.segmenter = new EventSegmenter(rule);
  }

  /**
   * A scored reading: each parameter's deviations ({@link StationFeatures#z60} reads them; for
   * evidence), the model's features, its probability and what it did to the station's event.
   */
  public record Scored(double[] deviations, double[] features, double probability, EventStep event) {}

  public StationMemory newMemory() {
    return StationMemory.fresh(model.extractor());
  }

  /**
   * Scores one reading. The station's baselines are held while its event is open or the previous
   * minute was flagged (decided from the past only, before this minute is segmented).
   */
  public Scored score(StationMemory memory, long time, double[] values) {
    StationFeatures extractor = model.extractor();
    double[] deviations = extractor.update(memory.features, time, values,
        new double[extractor.parameters().size() * StationFeatures.KINDS.size()], memory.open || memory.flaggedRun > 0);
    double[] features = extractor.features(deviations);
    double p = model.probability(features);
    return new Scored(deviations, features, p, segmenter.step(memory, time, p, extractor.novelty(deviations)));
  }

  public EventStep closeOpenEvent(StationMemory memory) {
    return segmenter.close(memory);
  }

  public WaterModel model() {
    return model;
  }
}
