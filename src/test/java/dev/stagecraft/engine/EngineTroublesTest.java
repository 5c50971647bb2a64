package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.InternalServerErrorException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.time.Duration;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.junit.jupiter.api.Test;

/** Each way an engine call breaks gets its name, and the words shown carry no class names. */
class EngineTroublesTest {

  @Test
  void aMalformedChunkMeansTheEngineWentAway() {
    EngineTrouble trouble =
        EngineTroubles.classify(
            new EngineException(
                "Exporting failed",
                new UncheckedIOException(
                    new MalformedChunkCodingException("CRLF expected at end of chunk"))),
            EngineStep.READING_IMAGE);
    assertThat(trouble).extracting(EngineTrouble::type).isEqualTo(EngineTrouble.Type.WENT_AWAY);
    assertThat(trouble.summary()).isEqualTo("the Docker engine went away while reading the image");
    assertThat(trouble.engineWords()).isEqualTo("CRLF expected at end of chunk");
  }

  @Test
  void aResetConnectionMeansTheEngineWentAway() {
    EngineTrouble trouble =
        EngineTroubles.classify(
            new RuntimeException(new SocketException("Connection reset")), EngineStep.RUNNING_APP);
    assertThat(trouble.kind()).isEqualTo("went-away");
    assertThat(trouble.summary()).endsWith("while running the app");
  }

  @Test
  void aRefusedConnectionMeansTheEngineIsUnreachable() {
    EngineTrouble trouble =
        EngineTroubles.classify(
            new RuntimeException(new ConnectException("Connection refused")), EngineStep.BUILDING);
    assertThat(trouble.kind()).isEqualTo("unreachable");
    assertThat(trouble.advice()).contains("Start Docker");
  }

  @Test
  void aQuickCallWithoutAnswerMeansTheEngineStoppedAnswering() {
    EngineTrouble trouble =
        EngineTroubles.classify(
            new UncheckedIOException(
                new QuickCallTimeout("GET /v1.41/images/x/json", Duration.ofSeconds(30))),
            EngineStep.READING_IMAGE);
    assertThat(trouble.kind()).isEqualTo("stopped-answering");
    assertThat(trouble.engineWords())
        .isEqualTo("GET /v1.41/images/x/json got no answer within 30 s");
  }

  @Test
  void aFullDiskIsSaidSoWithAdvice() {
    EngineTrouble trouble =
        EngineTroubles.classify(
            new InternalServerErrorException(
                "Status 500: {\"message\":\"write /var/lib/docker/tmp/x: no space left on"
                    + " device\"}"),
            EngineStep.BUILDING);
    assertThat(trouble.kind()).isEqualTo("out-of-space");
    assertThat(trouble.engineWords())
        .isEqualTo("write /var/lib/docker/tmp/x: no space left on device");
    assertThat(trouble.advice()).contains("docker system df").contains("stagecraft clean");
  }

  @Test
  void anEngineErrorKeepsTheEnginesOwnWords() {
    EngineTrouble trouble =
        EngineTroubles.classify(
            new InternalServerErrorException("Status 500: {\"message\":\"layer does not exist\"}"),
            EngineStep.READING_IMAGE);
    assertThat(trouble.kind()).isEqualTo("answered-error");
    assertThat(trouble.engineWords()).isEqualTo("layer does not exist");
  }

  @Test
  void aTroubleAlreadyNamedIsKept() {
    EngineTrouble named =
        EngineTrouble.of(EngineTrouble.Type.STOPPED_ANSWERING, EngineStep.BUILDING, "ping");
    assertThat(
            EngineTroubles.classify(
                new RuntimeException(new EngineTroubleException(named, new RuntimeException())),
                EngineStep.READING_IMAGE))
        .isSameAs(named);
  }

  @Test
  void noWordsCarryAClassName() {
    for (Throwable failure :
        new Throwable[] {
          new RuntimeException(new SocketException()),
          new UncheckedIOException(new java.io.EOFException()),
          new IllegalStateException("Connection pool shut down")
        }) {
      String words = EngineTroubles.classify(failure, EngineStep.BUILDING).engineWords();
      assertThat(words).doesNotContain("Exception").doesNotContain("java.");
    }
  }
}
