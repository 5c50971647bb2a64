package dev.stagecraft.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageGraphTest {

  private static Dockerfile corpus(String name) throws IOException {
    return DockerfileParser.parse(DockerfileCorpusTest.CORPUS.resolve(name + ".Dockerfile"));
  }

  @Test
  void knowsEachStagesBaseAndTheCopyEdges() throws IOException {
    Dockerfile dockerfile = corpus("realistic-go");
    StageGraph graph = StageGraph.of(dockerfile);
    Stage build = dockerfile.stage("build").orElseThrow();
    Stage test = dockerfile.stage("test").orElseThrow();
    Stage runtime = dockerfile.stage("runtime").orElseThrow();

    assertThat(graph.parentStage(test)).contains(build);
    assertThat(graph.parentStage(build)).isEmpty();
    assertThat(graph.isExternalImage(build)).isTrue();
    assertThat(graph.isExternalImage(test)).isFalse();
    assertThat(graph.isExternalImage(runtime)).isFalse();
    assertThat(graph.copyEdges())
        .extracting(
            e -> e.from().map(Stage::displayName).orElse("?"),
            e -> e.to().displayName(),
            e -> e.instruction().line())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("build", "runtime", 16),
            org.assertj.core.groups.Tuple.tuple("build", "runtime", 17));
    assertThat(graph.finalStage()).contains(runtime);
    assertThat(graph.stagesFeedingFinal()).containsExactlyInAnyOrder(build, runtime);
    assertThat(graph.deadStages()).containsExactly(test);
    assertThat(graph.rootImage(test)).isEqualTo("golang:1.22-bookworm");
    assertThat(graph.ancestry(test)).containsExactly(test, build);
  }

  @Test
  void aTargetChangesTheFinalStageAndWhatIsDead() throws IOException {
    Dockerfile dockerfile = corpus("realistic-go");
    StageGraph graph = StageGraph.of(dockerfile, Optional.of("TEST"));
    assertThat(graph.finalStage()).map(Stage::displayName).contains("test");
    assertThat(graph.stagesFeedingFinal())
        .extracting(Stage::displayName)
        .containsExactlyInAnyOrder("test", "build");
    assertThat(graph.deadStages()).extracting(Stage::displayName).containsExactly("runtime");
    assertThat(StageGraph.of(dockerfile, Optional.of("nope")).finalStage()).isEmpty();
    assertThat(StageGraph.of(dockerfile, Optional.of("nope")).deadStages()).hasSize(3);
  }

  @Test
  void resolvesReferencesByIndexAndByExternalImage() throws IOException {
    StageGraph byIndex = StageGraph.of(corpus("stage-reference-by-index"));
    assertThat(byIndex.copyEdges()).allSatisfy(e -> assertThat(e.byIndex()).isTrue());
    assertThat(byIndex.copyEdges())
        .extracting(e -> e.from().orElseThrow().index())
        .containsExactly(0, 1);
    assertThat(byIndex.deadStages()).isEmpty();

    StageGraph external = StageGraph.of(corpus("stage-reference-external"));
    assertThat(external.copyEdges())
        .extracting(CopyFromEdge::reference, CopyFromEdge::isExternalImage, CopyFromEdge::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("nginx:1.27-alpine", true, CopyFromEdge.Kind.COPY),
            org.assertj.core.groups.Tuple.tuple("tools/tini:0.19", true, CopyFromEdge.Kind.COPY),
            org.assertj.core.groups.Tuple.tuple("busybox:1.36", true, CopyFromEdge.Kind.MOUNT));
  }

  @Test
  void expandsArgsInCopyFrom() {
    Dockerfile dockerfile =
        DockerfileParser.parse(
            "ARG SRC=build\nFROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=${SRC} /a /a\n",
            "t");
    assertThat(StageGraph.of(dockerfile).copyEdges().get(0).from()).map(Stage::index).contains(0);
  }

  @Test
  void aStageNamedLaterIsNotAParentButIsStillAnEdgeSource() {
    Dockerfile dockerfile =
        DockerfileParser.parse(
            "FROM later AS first\nCOPY --from=later /x /x\nFROM alpine:3.20 AS later\n", "t");
    StageGraph graph = StageGraph.of(dockerfile);
    Stage first = dockerfile.stages().get(0);
    assertThat(graph.parentStage(first)).isEmpty();
    assertThat(graph.isExternalImage(first)).isTrue();
    assertThat(graph.copyEdges().get(0).from()).map(Stage::index).contains(1);
  }

  @Test
  void mountFromCountsAsADependency() throws IOException {
    Dockerfile dockerfile =
        DockerfileParser.parse(
            "FROM alpine:3.20 AS tools\nFROM alpine:3.20 AS unused\nFROM alpine:3.20\n"
                + "RUN --mount=type=bind,from=tools,source=/bin,target=/t /t/x\n",
            "t");
    StageGraph graph = StageGraph.of(dockerfile);
    assertThat(graph.deadStages()).extracting(Stage::displayName).containsExactly("unused");
  }

  @Test
  void drawsBoxesArrowsAndMermaid() throws IOException {
    StageGraph graph = StageGraph.of(corpus("realistic-go"));
    String unicode = StageGraphDrawing.draw(graph, false);
    assertThat(unicode)
        .contains("┌", "◀── stage build  COPY --from  line 16", "[1] test  (unused)", "★ final");
    String ascii = StageGraphDrawing.draw(graph, true);
    assertThat(ascii).contains("+---", "<-- FROM stage build", "* final").doesNotContain("┌", "◀");
    assertThat(ascii.chars().allMatch(c -> c < 128)).isTrue();
    String mermaid = StageGraphMermaid.write(graph);
    assertThat(mermaid)
        .startsWith("flowchart TD\n")
        .contains(
            "s0[\"0: build\"]",
            "s0 ==>|FROM| s1",
            "s0 -->|COPY line 16| s2",
            "class s2 final",
            "class s1 unused");
  }

  /** Unnamed stages are called by their box label, the --from index, never "#1" or "stage 0". */
  @Test
  void unnamedStagesAreCalledByTheirBoxLabel() {
    Dockerfile dockerfile =
        DockerfileParser.parse("FROM golang:1.22\nRUN x\nFROM scratch\nCOPY --from=0 /a /a\n", "t");
    String drawing = StageGraphDrawing.draw(StageGraph.of(dockerfile), false);
    assertThat(drawing)
        .contains("◀── stage [0]  COPY --from", "final stage: [1], built from scratch")
        .doesNotContain("#", "stage 0");
  }
}
