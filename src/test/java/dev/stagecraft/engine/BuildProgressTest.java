package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildProgressTest {

  private final List<BuildEvent> events = new ArrayList<>();
  private final BuildProgress progress =
      new BuildProgress(DockerfileSteps.scan("FROM x\n\nRUN make\nCOPY a b\n"), 0, events::add);

  @Test
  void turnsTheStreamIntoStepsOutputAndCacheHitsEvenWhenChunksSplitLines() {
    progress.accept("Step 1/3 : FROM x\n ---> 1234\nStep 2/3 : RU");
    progress.accept("N make\n ---> Using cache\n");
    progress.accept("partial output");
    progress.finish();
    assertThat(events)
        .containsExactly(
            new BuildEvent.StepStarted(1, 3, "FROM x", 1),
            new BuildEvent.Output(" ---> 1234"),
            new BuildEvent.StepStarted(2, 3, "RUN make", 3),
            new BuildEvent.CacheHit(2),
            new BuildEvent.Output(" ---> Using cache"),
            new BuildEvent.Output("partial output"));
    assertThat(progress.stepNumber()).isEqualTo(2);
    assertThat(progress.instruction()).isEqualTo("RUN make");
    assertThat(progress.currentLine()).contains(3);
  }

  @Test
  void remembersOnlyTheImagesThisBuildCommitted() {
    progress.accept("Step 1/4 : FROM x\n ---> 0a1b2c3d4e5f\n");
    progress.accept("Step 2/4 : RUN make\n ---> Running in 99aa99aa99aa\n");
    progress.accept("Removing intermediate container 99aa99aa99aa\n ---> 111111111111\n");
    progress.accept("Step 3/4 : COPY a b\n ---> Using cache\n ---> 222222222222\n");
    progress.accept("Step 4/4 : LABEL dev.stagecraft.owner=stagecraft\n");
    progress.accept(" ---> Running in 77bb77bb77bb\n ---> 333333333333\n");
    progress.accept("Successfully built 333333333333\n");
    progress.finish();
    assertThat(progress.createdImages()).containsExactly("111111111111", "333333333333");
  }

  @Test
  void onlyAStepOfTheDockerfileItselfCountsAsGrowingTheCache() {
    BuildProgress labelled =
        new BuildProgress(DockerfileSteps.scan("FROM x\nRUN make\n"), 1, events::add);
    labelled.accept("Step 1/3 : FROM x\n ---> 0a1b2c3d4e5f\n");
    labelled.accept("Step 2/3 : RUN make\n ---> Using cache\n ---> 111111111111\n");
    labelled.accept("Step 3/3 : LABEL dev.stagecraft.session=1-2\n");
    labelled.accept(" ---> Running in 77bb77bb77bb\n ---> 333333333333\n");
    labelled.finish();
    assertThat(labelled.createdImages()).containsExactly("333333333333");
    assertThat(labelled.madeOwnStepImage()).isFalse();

    progress.accept("Step 1/3 : FROM x\n ---> 0a1b2c3d4e5f\n");
    progress.accept("Step 2/3 : RUN make\n ---> Running in 99aa99aa99aa\n ---> 111111111111\n");
    assertThat(progress.madeOwnStepImage()).isTrue();
  }

  @Test
  void aStepBeyondTheDockerfileHasNoLine() {
    progress.accept("Step 4/4 : LABEL dev.stagecraft.owner=stagecraft\n");
    assertThat(events)
        .containsExactly(
            new BuildEvent.StepStarted(4, 4, "LABEL dev.stagecraft.owner=stagecraft", 0));
    assertThat(progress.currentLine()).isEmpty();
  }

  @Test
  void theLabelStepsTheBuilderAppendsAreNeitherCountedNorShown() {
    BuildProgress labelled =
        new BuildProgress(DockerfileSteps.scan("FROM x\nRUN make\n"), 2, events::add);
    labelled.accept("Step 1/4 : FROM x\nStep 2/4 : RUN make\n");
    labelled.accept("Step 3/4 : LABEL dev.stagecraft.owner=stagecraft\n");
    labelled.accept("Step 4/4 : LABEL dev.stagecraft.session=1-ab\n");
    assertThat(events)
        .filteredOn(BuildEvent.StepStarted.class::isInstance)
        .containsExactly(
            new BuildEvent.StepStarted(1, 2, "FROM x", 1),
            new BuildEvent.StepStarted(2, 2, "RUN make", 2));
  }

  @Test
  void keepsOnlyTheLastLinesForTheErrorReport() {
    for (int i = 0; i < 100; i++) {
      progress.accept("line " + i + "\n");
    }
    assertThat(progress.tail()).startsWith("line 60\n").endsWith("line 99");
  }

  @Test
  void readsTheEngineWordsOutOfDockerJavaErrors() {
    assertThat(
            ImageBuilder.engineMessage(
                new RuntimeException(
                    "Status 400: {\"message\":\"dockerfile parse error line 3: unknown"
                        + " instruction: FORM\"}\n")))
        .isEqualTo("dockerfile parse error line 3: unknown instruction: FORM");
    assertThat(ImageBuilder.engineMessage(new RuntimeException("Status 500: plain words")))
        .isEqualTo("plain words");
  }

  @Test
  void podmanStepsCountWithinTheirStageAndMapToTheFileGlobally() {
    BuildProgress podman =
        new BuildProgress(
            DockerfileSteps.scan(
                "ARG V=1\nFROM x AS one\nRUN a\nFROM y AS two\nRUN b\nFROM one\nRUN c\n"),
            1,
            events::add);
    podman.accept("[1/3] STEP 1/2: FROM x AS one\n[1/3] STEP 2/2: RUN a\n--> 0a1b2c3d4e5\n");
    // Podman skips the stage nothing needs and names the one it builds on by its id.
    podman.accept("[3/3] STEP 1/3: FROM 8ffeaf301b97\n[3/3] STEP 2/3: RUN c\n");
    podman.accept("--> Using cache 76da36dc6d7b7278811b1f79561976a54f1d24bf\n--> 76da36dc6d7\n");
    podman.accept("[3/3] STEP 3/3: LABEL dev.stagecraft.owner=stagecraft\n--> 999999999999\n");
    assertThat(events)
        .filteredOn(e -> !(e instanceof BuildEvent.Output))
        .containsExactly(
            new BuildEvent.StepStarted(2, 7, "FROM x AS one", 2),
            new BuildEvent.StepStarted(3, 7, "RUN a", 3),
            new BuildEvent.StepStarted(6, 7, "FROM 8ffeaf301b97", 6),
            new BuildEvent.StepStarted(7, 7, "RUN c", 7),
            new BuildEvent.CacheHit(7));
    assertThat(podman.currentLine()).isEmpty();
    assertThat(podman.createdImages()).containsExactly("0a1b2c3d4e5", "999999999999");
  }

  @Test
  void aSingleStagePodmanBuildHasNoStagePrefix() {
    BuildProgress podman =
        new BuildProgress(DockerfileSteps.scan("FROM x\nRUN make\n"), 0, events::add);
    podman.accept("STEP 1/2: FROM x\nSTEP 2/2: RUN make\n");
    assertThat(podman.stepNumber()).isEqualTo(2);
    assertThat(podman.currentLine()).contains(2);
  }

  /** A failed RUN is said once: line, instruction, exit code; never "code: 2 (exit code 2)". */
  @Test
  void aFailedStepNamesItsLineAndExitCodeOnce() {
    String said =
        ImageBuilder.stepFailure(
            java.util.Optional.of(5),
            5,
            "RUN make && exit 2",
            java.util.Optional.of(2),
            "The command '/bin/sh -c make && exit 2' returned a non-zero code: 2");
    assertThat(said).isEqualTo("line 5 (RUN make && exit 2) failed with exit code 2.");
    assertThat(
            ImageBuilder.stepFailure(
                java.util.Optional.empty(),
                3,
                "COPY x /x",
                java.util.Optional.empty(),
                "COPY failed: file not found in build context"))
        .isEqualTo("step 3 (COPY x /x) failed: COPY failed: file not found in build context");
  }

  @Test
  void podmansWordsForAFailedRunAreNotRepeatedEither() {
    assertThat(
            ImageBuilder.stepFailure(
                java.util.Optional.of(7),
                7,
                "RUN exit 3",
                java.util.Optional.of(3),
                "building at STEP \"RUN exit 3\": while running runtime: exit status 3\n"))
        .isEqualTo("line 7 (RUN exit 3) failed with exit code 3.");
  }
}
