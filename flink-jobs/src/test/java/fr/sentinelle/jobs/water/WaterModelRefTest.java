package fr.sentinelle.jobs.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.sentinelle.models.water.WaterModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaterModelRefTest {
  @Test
  void withoutADirectoryTheJobUsesTheDefaultModelOfTheModelsJar() throws Exception {
    WaterModel model = WaterModelRef.defaultModel().load();
    assertTrue(model.version().startsWith("water-quality-"), model.version());
    assertEquals(List.of("temperature", "chlorine_dioxide_1", "ph", "redox", "conductivity", "turbidity",
        "chlorine_dioxide_2", "flow_1", "flow_2"), model.metadata().parameters());
    assertEquals("default (models/water-quality/)", WaterModelRef.defaultModel().describe());
  }
}
