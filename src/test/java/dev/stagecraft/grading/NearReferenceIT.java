package dev.stagecraft.grading;

import static dev.stagecraft.grading.FixtureGrading.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.facts.ImageLab;
import dev.stagecraft.lint.Linter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fixture bigger-than-reference ships Debian to hold one file that its reference ships on
 * scratch: near-reference fails it with both sizes, passes the reference itself, and the grade
 * carries the reference's size for the report's chart.
 */
@ExtendWith(EngineAvailable.class)
class NearReferenceIT {

  private static final Path DIR = FixtureGrading.fixture("bigger-than-reference");

  private static Grade grade(String dockerfile) throws Exception {
    Linter linter = Linter.withAllRules();
    Grader grader =
        new Grader(
            CheckRegistry.standard(linter),
            linter,
            new LabAccess.Available(new ImageLab(EngineAvailable.engine())));
    return grader.grade(
        new GradingRequest(
            "bigger-than-reference",
            DIR.resolve(dockerfile),
            DIR,
            List.of(spec("near-reference", "factor", 2)),
            Optional.empty(),
            Optional.of(DIR.resolve("reference.Dockerfile"))),
        event -> {});
  }

  @Test
  void debianForOneFileIsFarFromTheReference() throws Exception {
    Grade grade = grade("Dockerfile");
    CheckResult near = FixtureGrading.byId(grade).get("near-reference");
    assertThat(near.status()).as(near.message()).isEqualTo(Status.FAIL);
    assertThat(near.verdict().expected())
        .hasValueSatisfying(e -> assertThat(e).contains("at most 2.0×"));
    assertThat(grade.comparedSizes()).containsKey("reference");
    assertThat(grade.comparedSizes().get("reference")).isLessThan(1_000_000L);
  }

  @Test
  void theReferenceIsNearItself() throws Exception {
    CheckResult near = FixtureGrading.byId(grade("reference.Dockerfile")).get("near-reference");
    assertThat(near.status()).as(near.message()).isEqualTo(Status.PASS);
    assertThat(near.verdict().actual())
        .hasValueSatisfying(a -> assertThat(a).startsWith("1.0× the"));
  }
}
