package dev.stagecraft.grading.checks.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.stagecraft.course.CheckSpec;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.ImageFactsFixture;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded fuzzing of the structure-test reader: a valid config with random parts replaced by values
 * of the wrong shape must either translate into checks that evaluate without crashing, or be
 * refused with a CheckSpecException; nothing else may escape.
 */
class StructureTestFuzzTest {

  private static final String VALID =
      """
      schemaVersion: "2.0.0"
      globalEnvVars: [{key: A, value: "1"}]
      fileExistenceTests:
        - {name: a, path: /app/server, shouldExist: true, permissions: "-rwxr-xr-x", uid: 0, gid: 0, isExecutableBy: any}
        - {name: b, path: /bin/sh, shouldExist: false}
      fileContentTests:
        - {name: c, path: /etc/app.conf, expectedContents: ["x"], excludedContents: ["y"]}
      commandTests:
        - {name: d, command: /app/server, args: ["-v"], envVars: [{key: B, value: "2"}], expectedOutput: ["v"], exitCode: 0}
      metadataTest:
        env: [{key: PORT, value: "8080"}]
        labels: [{key: l, value: "^h", isRegex: true}]
        exposedPorts: ["8080"]
        unexposedPorts: ["22"]
        entrypoint: ["/app/server"]
        cmd: []
        workdir: /app
        user: "65532"
      """;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final List<JsonNode> ODD_VALUES =
      List.of(
          NODES.nullNode(),
          NODES.textNode(""),
          NODES.textNode("(unclosed"),
          NODES.textNode("relative/path"),
          NODES.numberNode(-1),
          NODES.numberNode(3.5),
          NODES.booleanNode(true),
          NODES.arrayNode(),
          NODES.arrayNode().add("x").add(7),
          NODES.objectNode(),
          NODES.objectNode().put("key", "K"));

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void mutatedConfigsAreTranslatedOrRefusedCleanly(long seed) throws Exception {
    Random random = new Random(seed);
    JsonNode valid = new ObjectMapper(new YAMLFactory()).readTree(VALID);
    CheckParams params =
        new CheckParams(
            new CheckSpec("structure-test", Map.of(), Optional.empty(), "exercise.yaml", 1));
    var context = ImageFactsFixture.image().dir("/app").file("/app/server").context();
    int[] outcomes = new int[2];
    for (int round = 0; round < 40; round++) {
      JsonNode config = valid.deepCopy();
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        mutate(config, random);
      }
      assertThatCode(
              () -> {
                try {
                  StructureTest.fromConfig(config, "cst.yaml", params)
                      .forEach(check -> check.evaluate(context));
                  outcomes[0]++;
                } catch (CheckSpecException refused) {
                  outcomes[1]++;
                }
              })
          .as("seed %d round %d: %s", seed, round, config)
          .doesNotThrowAnyException();
    }
    // Both paths must be exercised, or the mutations are too weak (or too strong) to test much.
    assertThat(outcomes[0]).as("translated").isPositive();
    assertThat(outcomes[1]).as("refused").isPositive();
  }

  /** Replaces one randomly chosen value somewhere in the tree with a value of another shape. */
  private static void mutate(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    JsonNode value = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
    if (target instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      object.set(names.get(random.nextInt(names.size())), value.deepCopy());
    } else if (target instanceof ArrayNode array && array.size() > 0) {
      array.set(random.nextInt(array.size()), value.deepCopy());
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), out);
      }
    }
  }
}
