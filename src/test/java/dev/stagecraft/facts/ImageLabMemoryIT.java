package dev.stagecraft.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.engine.EngineAvailable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grading a Dockerfile teaches the lab its size: measuring the same Dockerfile afterwards (the
 * starter, for "smaller than the starter") does not build it again.
 */
@ExtendWith(EngineAvailable.class)
class ImageLabMemoryIT {

  @Test
  void aGradedBuildIsNotBuiltAgainToMeasureIt(@TempDir Path context) throws Exception {
    Files.writeString(context.resolve("marker.txt"), "only here for the first build\n");
    Path dockerfile = context.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM scratch\nCOPY marker.txt /marker.txt\n");
    ImageLab lab = new ImageLab(EngineAvailable.engine());

    LabOutcome graded =
        lab.buildAndInspect(
            new LabRequest(
                context,
                dockerfile,
                "memory",
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                FileScope.NONE,
                false),
            event -> {});
    assertThat(graded).isInstanceOf(LabOutcome.Inspected.class);
    long size = ((LabOutcome.Inspected) graded).facts().sizeBytes();

    // Built again, this Dockerfile would fail: the file it copies is gone.
    Files.delete(context.resolve("marker.txt"));
    assertThat(lab.measure(context, dockerfile, Optional.empty(), true))
        .isEqualTo(new BuildOutcome.Built(size));
    assertThat(lab.measure(context, dockerfile, Optional.empty(), false))
        .isInstanceOf(BuildOutcome.Failed.class);
  }
}
