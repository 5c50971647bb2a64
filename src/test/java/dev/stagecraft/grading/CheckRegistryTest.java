package dev.stagecraft.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagecraft.course.CheckSpec;
import dev.stagecraft.lint.Linter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckRegistryTest {

  private final CheckRegistry registry = CheckRegistry.standard(Linter.withAllRules());

  private static CheckSpec spec(String type, Map<String, Object> params, String hint) {
    return new CheckSpec(type, params, Optional.ofNullable(hint), "exercises/x/exercise.yaml", 9);
  }

  @Test
  void everyCheckTypeOfIssueFourIsRegistered() {
    assertThat(registry.types())
        .contains(
            "path-present",
            "path-absent",
            "file-content",
            "no-source-files",
            "no-setuid",
            "no-secrets",
            "exposed-ports",
            "exec-form",
            "env",
            "labels",
            "workdir",
            "healthcheck",
            "layer-count",
            "added-size",
            "package-count",
            "wasted-bytes",
            "command",
            "structure-test");
  }

  @Test
  void planKeepsOrderAndEachEntrysHint() throws Exception {
    List<PlannedCheck> plan =
        registry.plan(
            List.of(
                spec("no-setuid", Map.of(), "drop the setuid bit"),
                spec("workdir", Map.of("path", "/app"), null)),
            Path.of("."));
    assertThat(plan).extracting(p -> p.check().type()).containsExactly("no-setuid", "workdir");
    assertThat(plan.get(0).hint()).hasValue("drop the setuid bit");
    assertThat(plan.get(1).hint()).isEmpty();
  }

  @Test
  void unknownTypesAndParametersPointAtTheLine() {
    assertThatThrownBy(
            () -> registry.plan(List.of(spec("no-secret", Map.of(), null)), Path.of(".")))
        .hasMessageContaining("exercises/x/exercise.yaml:9: unknown check type 'no-secret'")
        .hasMessageContaining("no-secrets");
    assertThatThrownBy(
            () ->
                registry.plan(
                    List.of(spec("no-secrets", Map.of("alow", List.of("/a")), null)), Path.of(".")))
        .hasMessageContaining("'alow' is not a parameter of this check; it takes allow");
  }
}
