package fr.sentinelle.connectors.water;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The GECCO 2018 drinking-water columns and the feed's parameter names and UCUM units for them.
 * The water-quality model names its parameters the same way
 * ({@code fr.sentinelle.models.water.WaterParameters}): keep the two tables equal.
 */
public final class GeccoColumns {
  public static final String TIME = "Time";
  /** The label column of the data set: not a measurement, never published. */
  public static final String EVENT = "EVENT";

  /** A feed parameter: its name, UCUM unit, and whether a negative value is physically impossible. */
  public record Parameter(String name, String unit, boolean nonNegative) {}

  public static final Map<String, Parameter> PARAMETERS = parameters();

  private GeccoColumns() {}

  private static Map<String, Parameter> parameters() {
    Map<String, Parameter> p = new LinkedHashMap<>();
    p.put("Tp", new Parameter("temperature", "Cel", false));
    p.put("Cl", new Parameter("chlorine_dioxide_1", "mg/L", true));
    p.put("pH", new Parameter("ph", "[pH]", true));
    p.put("Redox", new Parameter("redox", "mV", false));
    p.put("Leit", new Parameter("conductivity", "uS/cm", true));
    p.put("Trueb", new Parameter("turbidity", "NTU", true));
    p.put("Cl_2", new Parameter("chlorine_dioxide_2", "mg/L", true));
    p.put("Fm", new Parameter("flow_1", "m3/h", false));
    p.put("Fm_2", new Parameter("flow_2", "m3/h", false));
    return java.util.Collections.unmodifiableMap(p);
  }

  /** A header is GECCO-shaped when it has a Time column and at least one known parameter column. */
  public static boolean recognises(java.util.List<String> header) {
    return header.contains(TIME) && header.stream().anyMatch(PARAMETERS::containsKey);
  }
}
