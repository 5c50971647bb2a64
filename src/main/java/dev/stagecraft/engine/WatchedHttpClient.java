package dev.stagecraft.engine;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * A watchdog per call, not a response timeout on the connection: calls that should take a moment
 * (ping, version, inspect, create and remove, stat) get {@code limit} in all; streams that never go
 * quiet while the engine lives (an export, a save, logs) get {@code limit} between bytes; a build
 * and a wait for a running container get none, since a quiet {@code RUN} step or app is no hang
 * (the builder asks the engine for a ping instead). A frozen engine (SIGSTOP) thus costs a check
 * {@code limit}, never forever.
 */
final class WatchedHttpClient implements DockerHttpClient {

  /** After one call went unanswered, the next ones wait this long before giving up too. */
  private static final Duration WHILE_UNRESPONSIVE = Duration.ofSeconds(2);

  /** Builds, container waits and attached or upgraded streams: no time limit. */
  private static final Pattern OPEN =
      Pattern.compile("^(/v[0-9.]+)?(/build|/session|/containers/[^/]+/(wait|attach)|/grpc).*$");

  /** Streams watched for silence rather than length. */
  private static final Pattern STREAM =
      Pattern.compile(
          "^(/v[0-9.]+)?(/containers/[^/]+/(export|logs|archive)|/images/[^/]+/get|/images/get"
              + "|/images/load|/images/create).*$");

  private static final ExecutorService CALLS =
      Executors.newCachedThreadPool(daemonThreads("stagecraft-engine-call"));
  private static final ScheduledExecutorService WATCH =
      Executors.newSingleThreadScheduledExecutor(daemonThreads("stagecraft-engine-watchdog"));

  private final DockerHttpClient delegate;
  private final Duration limit;
  private final Set<WatchedBody> open = ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.ScheduledFuture<?> watching;
  private volatile boolean unresponsive;

  WatchedHttpClient(DockerHttpClient delegate, Duration limit) {
    this.delegate = delegate;
    this.limit = limit;
    this.watching =
        WATCH.scheduleWithFixedDelay(this::abortOverdue, 250, 250, TimeUnit.MILLISECONDS);
  }

  /** The quick-call limit: {@code STAGECRAFT_ENGINE_TIMEOUT} seconds, 30 by default. */
  static Duration limitFrom(Map<String, String> environment) {
    try {
      long seconds =
          Long.parseLong(environment.getOrDefault("STAGECRAFT_ENGINE_TIMEOUT", "30").strip());
      return Duration.ofSeconds(Math.max(1, seconds));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(30);
    }
  }

  Duration limit() {
    return limit;
  }

  @Override
  public Response execute(Request request) {
    String path = request.path();
    if (OPEN.matcher(path).matches()) {
      return delegate.execute(request);
    }
    Duration wait = unresponsive ? min(limit, WHILE_UNRESPONSIVE) : limit;
    long start = System.nanoTime();
    Future<Response> call = CALLS.submit(() -> delegate.execute(request));
    Response response;
    try {
      response = call.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      unresponsive = true;
      abandon(call);
      throw new UncheckedIOException(new QuickCallTimeout(describe(request), wait));
    } catch (InterruptedException e) {
      abandon(call);
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted: " + path));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new UncheckedIOException(new IOException(cause));
    }
    unresponsive = false;
    boolean stream = STREAM.matcher(path).matches();
    return new WatchedResponse(response, describe(request), stream, start);
  }

  /** Answers that were given up on are closed whenever they arrive, freeing their connection. */
  private static void abandon(Future<Response> call) {
    CALLS.execute(
        () -> {
          try {
            call.get().close();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (ExecutionException | RuntimeException e) {
            // It failed on its own: nothing to close.
          }
        });
  }

  private void abortOverdue() {
    long now = System.nanoTime();
    for (WatchedBody body : open) {
      if (body.overdue(now)) {
        unresponsive = true;
        body.abort();
      }
    }
  }

  private static String describe(Request request) {
    String path = request.path();
    int query = path.indexOf('?');
    return request.method() + " " + (query < 0 ? path : path.substring(0, query));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() throws IOException {
    watching.cancel(false);
    delegate.close();
  }

  /** A response whose body is read under the watchdog. */
  private final class WatchedResponse implements Response {
    private final Response response;
    private final WatchedBody body;

    WatchedResponse(Response response, String what, boolean stream, long start) {
      this.response = response;
      this.body = new WatchedBody(response, what, stream, start);
    }

    @Override
    public int getStatusCode() {
      return response.getStatusCode();
    }

    @Override
    public Map<String, List<String>> getHeaders() {
      return response.getHeaders();
    }

    @Override
    public String getHeader(String name) {
      return response.getHeader(name);
    }

    @Override
    public InputStream getBody() {
      open.add(body);
      return body;
    }

    @Override
    public void close() {
      open.remove(body);
      response.close();
    }
  }

  /**
   * A body the watchdog may abort: a quick call's when its whole time is up, a stream's when it has
   * been silent that long. Aborting closes the response, which breaks a blocked read.
   */
  private final class WatchedBody extends FilterInputStream {
    private final Response response;
    private final String what;
    private final boolean stream;
    private final long start;
    private volatile long lastByte;
    private volatile boolean aborted;

    WatchedBody(Response response, String what, boolean stream, long start) {
      super(null);
      this.response = response;
      this.what = what;
      this.stream = stream;
      this.start = start;
      this.lastByte = System.nanoTime();
    }

    private InputStream in() {
      if (in == null) {
        in = response.getBody();
      }
      return in;
    }

    boolean overdue(long now) {
      return now - (stream ? lastByte : start) > limit.toNanos();
    }

    void abort() {
      aborted = true;
      open.remove(this);
      response.close();
    }

    @Override
    public int read() throws IOException {
      try {
        int b = in().read();
        lastByte = System.nanoTime();
        return b;
      } catch (IOException | RuntimeException e) {
        throw translated(e);
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        int n = in().read(buffer, offset, length);
        lastByte = System.nanoTime();
        return n;
      } catch (IOException | RuntimeException e) {
        throw translated(e);
      }
    }

    @Override
    public long skip(long n) throws IOException {
      try {
        long skipped = in().skip(n);
        lastByte = System.nanoTime();
        return skipped;
      } catch (IOException | RuntimeException e) {
        throw translated(e);
      }
    }

    @Override
    public int available() throws IOException {
      return in().available();
    }

    @Override
    public void close() throws IOException {
      open.remove(this);
      in().close();
    }

    private IOException translated(Exception e) {
      if (aborted) {
        QuickCallTimeout timeout = new QuickCallTimeout(what, limit);
        timeout.initCause(e);
        return timeout;
      }
      return e instanceof IOException io ? io : new IOException(e);
    }
  }
}
