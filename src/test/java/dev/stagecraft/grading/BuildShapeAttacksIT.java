package dev.stagecraft.grading;

import static dev.stagecraft.grading.AttackAsserts.fails;
import static dev.stagecraft.grading.AttackAsserts.passes;
import static dev.stagecraft.grading.FixtureGrading.attack;
import static dev.stagecraft.grading.FixtureGrading.spec;

import dev.stagecraft.engine.EngineAvailable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attacks on the shape of the build: decoy stages (stage-count), copies from images instead of
 * stages (copy-from), a stage named like a minimal base (final-base, named-stages), and bytes moved
 * to an earlier stage or removed after being written (added-size, image-size, layer-count,
 * wasted-bytes).
 */
@ExtendWith(EngineAvailable.class)
class BuildShapeAttacksIT {

  @Test
  void aDecoyStageAndACopyFromAnImageAreNotAMultiStageBuild() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "fails-decoy-stage",
            List.of(spec("stage-count", "min", 2), spec("copy-from"), spec("named-stages")));
    fails(r, "stage-count", "'build' is not used");
    fails(r, "copy-from", "copies only from other images");
    passes(r, "named-stages");
  }

  @Test
  void aStageNamedLikeAMinimalBaseIsFollowedToItsImage() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "fails-base-named-like-a-minimal-one",
            List.of(
                spec("final-base", "allowed", List.of("alpine", "scratch")),
                spec("stage-count", "min", 2),
                spec("copy-from")));
    fails(r, "final-base", "debian:bookworm-slim");
    passes(r, "stage-count");
    passes(r, "copy-from");
  }

  @Test
  void bytesMovedToAnEarlierStageOrRemovedLaterStillCount() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "fails-bytes-moved-to-an-earlier-stage",
            List.of(
                spec("added-size", "maxMB", 1),
                spec("image-size", "maxMB", 5),
                spec("layer-count", "max", 1, "scope", "yours"),
                spec("wasted-bytes", "maxMB", 1)));
    fails(r, "added-size");
    fails(r, "image-size");
    // The fat stage's layer is yours too; the RUN rm layer adds no bytes and is not counted.
    fails(r, "layer-count", "2 from your steps");
    fails(r, "wasted-bytes", "/tmp/scratch.bin");
  }
}
