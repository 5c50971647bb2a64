package dev.stagecraft.grading.checks.structure;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.stagecraft.grading.Check;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code structure-test} check type: reads a container-structure-test config (schemaVersion
 * 2.0.0) from the exercise folder and turns each of its tests into a stagecraft check reported
 * under the test's name, so an instructor's existing CST file grades learners unchanged.
 *
 * <p>Supported: fileExistenceTests, fileContentTests, commandTests (without setup/teardown),
 * metadataTest and globalEnvVars. Anything else is refused when the exercise loads, not skipped
 * silently.
 */
public final class StructureTest {

  static final String SCHEMA_VERSION = "2.0.0";

  private static final Set<String> TOP_LEVEL =
      Set.of(
          "schemaVersion",
          "globalEnvVars",
          "fileExistenceTests",
          "fileContentTests",
          "commandTests",
          "metadataTest");

  private StructureTest() {}

  /** The checks the config named by the {@code file} parameter holds, one per test. */
  public static List<Check> expand(CheckParams params) throws CheckSpecException {
    params.allowOnly("file");
    Path file = params.file("file");
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (JacksonException e) {
      throw params.problem(
          "file", "names " + file + ", which is not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw params.problem("file", "names " + file + ", which cannot be read: " + e.getMessage());
    }
    return fromConfig(root, file.getFileName().toString(), params);
  }

  /** Translates a parsed config; {@code source} names the file in error messages. */
  static List<Check> fromConfig(JsonNode root, String source, CheckParams params)
      throws CheckSpecException {
    StructureTestReader reader = new StructureTestReader(source, params);
    if (root == null || !root.isObject()) {
      throw reader.problem("the file", "must be a map with schemaVersion and tests");
    }
    String version = root.path("schemaVersion").asText("");
    if (!version.equals(SCHEMA_VERSION)) {
      throw reader.problem(
          "schemaVersion",
          "is '" + version + "'; stagecraft reads schemaVersion \"" + SCHEMA_VERSION + "\"");
    }
    for (var it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!TOP_LEVEL.contains(key)) {
        throw reader.problem(
            key,
            "is not supported; use " + String.join(", ", TOP_LEVEL.stream().sorted().toList()));
      }
    }
    List<String> globalEnv = reader.envVars(root.path("globalEnvVars"), "globalEnvVars");
    List<Check> checks = new ArrayList<>();
    int i = 0;
    for (JsonNode test : reader.list(root, "fileExistenceTests")) {
      checks.add(reader.fileExistence(test, "fileExistenceTests[" + i++ + "]"));
    }
    i = 0;
    for (JsonNode test : reader.list(root, "fileContentTests")) {
      checks.add(reader.fileContent(test, "fileContentTests[" + i++ + "]"));
    }
    i = 0;
    for (JsonNode test : reader.list(root, "commandTests")) {
      checks.add(reader.command(test, "commandTests[" + i++ + "]", globalEnv));
    }
    if (root.has("metadataTest")) {
      checks.add(reader.metadata(root.get("metadataTest"), "metadataTest"));
    }
    if (checks.isEmpty()) {
      throw reader.problem("the file", "holds no tests");
    }
    return List.copyOf(checks);
  }
}
