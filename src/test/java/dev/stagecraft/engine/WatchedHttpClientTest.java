package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The watchdog gives quick calls a time limit and streams a silence limit, and leaves builds and
 * container waits alone, on a stand-in transport that hangs as a frozen engine does.
 */
class WatchedHttpClientTest {

  private static final Duration LIMIT = Duration.ofMillis(400);

  private static DockerHttpClient.Request get(String path) {
    return DockerHttpClient.Request.builder()
        .method(DockerHttpClient.Request.Method.GET)
        .path(path)
        .build();
  }

  @Test
  void aQuickCallWithoutAnswerFailsInTimeAsStoppedAnswering() {
    CountDownLatch never = new CountDownLatch(1);
    WatchedHttpClient client =
        new WatchedHttpClient(
            transport(
                request -> {
                  await(never);
                  return null;
                }),
            LIMIT);
    long start = System.nanoTime();
    assertThatThrownBy(() -> client.execute(get("/v1.41/images/x/json")))
        .isInstanceOf(UncheckedIOException.class)
        .satisfies(
            e ->
                assertThat(EngineTroubles.classify(e, EngineStep.READING_IMAGE).kind())
                    .isEqualTo("stopped-answering"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    never.countDown();
  }

  @Test
  void aBuildMayBeQuietLongerThanTheLimit() {
    WatchedHttpClient client =
        new WatchedHttpClient(
            transport(
                request -> {
                  sleep(LIMIT.multipliedBy(3));
                  return response(new ByteArrayInputStream(new byte[0]));
                }),
            LIMIT);
    try (DockerHttpClient.Response response = client.execute(get("/v1.41/build?t=x"))) {
      assertThat(response.getStatusCode()).isEqualTo(200);
    }
  }

  @Test
  void aStreamThatFallsSilentIsAborted() throws Exception {
    WatchedHttpClient client =
        new WatchedHttpClient(transport(request -> response(new SilentStream())), LIMIT);
    try (DockerHttpClient.Response response = client.execute(get("/v1.41/containers/abc/export"));
        InputStream body = response.getBody()) {
      assertThatThrownBy(body::read).isInstanceOf(QuickCallTimeout.class);
    }
  }

  /** Blocks every read until closed, then fails, as an aborted socket does. */
  private static final class SilentStream extends InputStream {
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public int read() throws IOException {
      await(closed);
      throw new IOException("Socket closed");
    }

    @Override
    public void close() {
      closed.countDown();
    }
  }

  private static DockerHttpClient transport(
      Function<DockerHttpClient.Request, DockerHttpClient.Response> answer) {
    return new DockerHttpClient() {
      @Override
      public Response execute(Request request) {
        return answer.apply(request);
      }

      @Override
      public void close() {}
    };
  }

  private static DockerHttpClient.Response response(InputStream body) {
    return new DockerHttpClient.Response() {
      @Override
      public int getStatusCode() {
        return 200;
      }

      @Override
      public Map<String, List<String>> getHeaders() {
        return Map.of();
      }

      @Override
      public InputStream getBody() {
        return body;
      }

      @Override
      public void close() {
        try {
          body.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
