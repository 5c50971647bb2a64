package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import dev.stagecraft.engine.buildkit.wire.StatusResponse;
import dev.stagecraft.engine.buildkit.wire.Vertex;
import dev.stagecraft.engine.buildkit.wire.VertexLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BuildKit's status stream, as the engine sends it, becomes the classic builder's events. */
class BuildKitProgressTest {

  private static final String TEST_STAGE =
      "FROM debian:bookworm-slim AS build\n"
          + "RUN echo built > /artifact\n"
          + "\n"
          + "FROM build AS test\n"
          + "ENV CI=1\n"
          + "RUN test -f /expected-by-the-tests\n"
          + "\n"
          + "FROM scratch\n"
          + "LABEL purpose=test\n"
          + "COPY --from=build /artifact /artifact\n";

  private final List<BuildEvent> events = new ArrayList<>();
  private final BuildKitProgress progress =
      new BuildKitProgress(DockerfileSteps.scan(TEST_STAGE), events::add);

  private static Vertex started(String digest, String name) {
    return Vertex.newBuilder()
        .setDigest(digest)
        .setName(name)
        .setStarted(Timestamp.newBuilder().setSeconds(1))
        .build();
  }

  private void send(Vertex... vertexes) {
    progress.accept(StatusResponse.newBuilder().addAllVertexes(List.of(vertexes)).build());
  }

  private void log(String digest, String text) {
    progress.accept(
        StatusResponse.newBuilder()
            .addLogs(
                VertexLog.newBuilder()
                    .setVertex(digest)
                    .setStream(1)
                    .setMsg(ByteString.copyFromUtf8(text)))
            .build());
  }

  @Test
  void stepsAreNumberedAndPlacedAsTheClassicBuilderDoes() {
    send(
        Vertex.newBuilder().setDigest("d0").setName("[internal] load build definition").build(),
        started("d1", "[build 1/2] FROM docker.io/library/debian:bookworm-slim"),
        started("d2", "[build 2/2] RUN echo built > /artifact"),
        // A stage built on another stage has no FROM step, and ENV is no step at all.
        started("d3", "[test 1/1] RUN test -f /expected-by-the-tests"),
        // FROM scratch and LABEL neither.
        started("d4", "[stage-2 1/1] COPY --from=build /artifact /artifact"));

    assertThat(events)
        .containsExactly(
            new BuildEvent.StepStarted(1, 8, "FROM debian:bookworm-slim", 1),
            new BuildEvent.StepStarted(2, 8, "RUN echo built > /artifact", 2),
            new BuildEvent.StepStarted(5, 8, "RUN test -f /expected-by-the-tests", 6),
            new BuildEvent.StepStarted(8, 8, "COPY --from=build /artifact /artifact", 10));
  }

  @Test
  void cachedStepsAreCacheHitsButABaseImageIsNot() {
    send(
        Vertex.newBuilder()
            .setDigest("d1")
            .setName("[build 1/2] FROM docker.io/library/debian:bookworm-slim")
            .setCached(true)
            .build(),
        Vertex.newBuilder()
            .setDigest("d2")
            .setName("[build 2/2] RUN echo built > /artifact")
            .setCached(true)
            .build());

    assertThat(events)
        .filteredOn(BuildEvent.CacheHit.class::isInstance)
        .containsExactly(new BuildEvent.CacheHit(2));
  }

  @Test
  void aStepsOutputArrivesAsLinesAndItsFailureKeepsThem() {
    send(started("d3", "[test 1/1] RUN test -f /expected-by-the-tests"));
    log("d3", "checking the art");
    log("d3", "ifact\r\nmissing\n");
    send(
        Vertex.newBuilder()
            .setDigest("d3")
            .setName("[test 1/1] RUN test -f /expected-by-the-tests")
            .setError(
                "executor failed running [/bin/sh -c test -f /expected-by-the-tests]: exit code: 1")
            .build());
    progress.finish();

    assertThat(events)
        .contains(new BuildEvent.Output("checking the artifact"), new BuildEvent.Output("missing"));
    assertThat(progress.failedStep())
        .hasValueSatisfying(
            failed -> {
              assertThat(failed.step()).contains(5);
              assertThat(failed.line()).contains(6);
              assertThat(failed.log()).isEqualTo("checking the artifact\nmissing");
              assertThat(failed.error()).endsWith("exit code: 1");
            });
  }
}
