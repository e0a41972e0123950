package fr.sentinelle.models.water;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The feed's parameter names for the GECCO 2018 columns, so a model trained on that file scores the
 * WaterReadings the publisher makes of it. The publisher's table
 * ({@code fr.sentinelle.connectors.water.GeccoColumns}) must stay equal to this one.
 */
public final class WaterParameters {
  public static final Map<String, String> GECCO_COLUMNS = columns();

  private WaterParameters() {}

  /** The feed name of a CSV column: the GECCO ones are renamed, any other column keeps its name. */
  public static String feedName(String column) {
    return GECCO_COLUMNS.getOrDefault(column, column);
  }

  private static Map<String, String> columns() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("Tp", "temperature");
    c.put("Cl", "chlorine_dioxide_1");
    c.put("pH", "ph");
    c.put("Redox", "redox");
    c.put("Leit", "conductivity");
    c.put("Trueb", "turbidity");
    c.put("Cl_2", "chlorine_dioxide_2");
    c.put("Fm", "flow_1");
    c.put("Fm_2", "flow_2");
    return java.util.Collections.unmodifiableMap(c);
  }
}
