package fr.sentinelle.stack.faults;

import java.time.Duration;

/**
 * How big each scenario's replay is.
 *
 * @param establishments new establishments per scenario, each with three risky reviews (one alert)
 * @param updates of them, how many get a fourth risky review (their alert is updated)
 * @param hostile hostile payloads interleaved with the good reviews of the hostile-input scenario
 * @param seed of the hostile payloads
 * @param patienceSeconds how long to wait for each recovery before the scenario fails
 */
record FaultSizes(int establishments, int updates, int hostile, long seed, int patienceSeconds) {
  FaultSizes {
    if (establishments < 2 || updates < 0 || updates > establishments || hostile < 0) {
      throw new IllegalArgumentException("need at least 2 establishments, 0 ≤ updates ≤ establishments and"
          + " hostile ≥ 0; got " + establishments + ", " + updates + ", " + hostile);
    }
  }

  Duration patience() {
    return Duration.ofSeconds(patienceSeconds);
  }
}
