package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.facts.RunOutcome;
import dev.stagecraft.facts.RunSpec;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A server image still serves: started as shipped, it answers an HTTP GET on its port (published on
 * 127.0.0.1 only) with the expected status and a body matching a pattern. With {@code paths}, one
 * run is asked for each path in turn, so a site is graded on every page and asset it should serve,
 * not only on the one a probe would ask for.
 */
public record HttpCheck(RunSpec run, List<Request> requests) implements ImageCheck {

  private static final int SHOWN_BODY = 160;

  /** One GET: its path, the status it must answer and a pattern its body must hold. */
  public record Request(String path, int status, Optional<Pattern> body) {

    public Request {
      path = path.startsWith("/") ? path : "/" + path;
    }

    String expected() {
      return "status " + status + body.map(p -> ", body matching /" + p.pattern() + "/").orElse("");
    }
  }

  /** One path. */
  public HttpCheck(RunSpec run, int status, Optional<Pattern> body) {
    this(run, List.of(new Request(run.http().orElseThrow().path(), status, body)));
  }

  public HttpCheck {
    requests = List.copyOf(requests);
  }

  public static HttpCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("port", "path", "paths", "status", "body", "timeoutSeconds");
    int port = params.integer("port", 0);
    if (port < 1 || port > 65535) {
      throw params.problem("port", "must be the port the app listens on, 1 to 65535");
    }
    Duration timeout = params.timeout();
    int status = params.integer("status", 200);
    List<Request> requests = new ArrayList<>();
    if (params.raw("paths").isPresent()) {
      for (String key : List.of("path", "body")) {
        if (params.raw(key).isPresent()) {
          throw params.problem(
              key, "cannot be given with 'paths'; give each path its own body in 'paths'");
        }
      }
      requests.addAll(paths(params, status));
    } else {
      Optional<Pattern> body = pattern(params, "body", params.optionalString("body"));
      requests.add(new Request(params.optionalString("path").orElse("/"), status, body));
    }
    List<String> paths = requests.stream().map(Request::path).toList();
    if (paths.stream().distinct().count() < paths.size()) {
      throw params.problem("paths", "names a path twice");
    }
    return new HttpCheck(RunSpec.serving(port, paths, timeout), requests);
  }

  /** Each entry is a path ("/about.html") or a map {path, status, body}. */
  private static List<Request> paths(CheckParams params, int defaultStatus)
      throws CheckSpecException {
    Object raw = params.raw("paths").orElseThrow();
    if (!(raw instanceof List<?> items) || items.isEmpty()) {
      throw params.problem(
          "paths", "must be a list of paths, e.g. [/, /about.html], or of {path, status, body}");
    }
    List<Request> out = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof String path) {
        out.add(new Request(requestPath(params, path), defaultStatus, Optional.empty()));
      } else if (item instanceof Map<?, ?> map) {
        for (Object key : map.keySet()) {
          if (!List.of("path", "status", "body").contains(String.valueOf(key))) {
            throw params.problem(
                "paths", "has an entry with '" + key + "'; an entry takes path, status and body");
          }
        }
        if (!(map.get("path") instanceof String path)) {
          throw params.problem("paths", "has an entry without a path");
        }
        int status = defaultStatus;
        Object code = map.get("status");
        if (code != null) {
          if (!(code instanceof Number n) || n.intValue() < 100 || n.intValue() > 599) {
            throw params.problem("paths", "has the status '" + code + "'; use 100 to 599");
          }
          status = n.intValue();
        }
        Object body = map.get("body");
        Optional<Pattern> pattern =
            pattern(params, "paths", Optional.ofNullable(body).map(String::valueOf));
        out.add(new Request(requestPath(params, path), status, pattern));
      } else {
        throw params.problem("paths", "has an entry that is neither a path nor a map");
      }
    }
    return out;
  }

  private static String requestPath(CheckParams params, String path) throws CheckSpecException {
    if (path.isBlank() || path.chars().anyMatch(c -> c <= ' ')) {
      throw params.problem("paths", "has '" + path + "'; a path has no spaces, e.g. /about.html");
    }
    return path;
  }

  private static Optional<Pattern> pattern(CheckParams params, String key, Optional<String> text)
      throws CheckSpecException {
    try {
      return text.map(Pattern::compile);
    } catch (PatternSyntaxException e) {
      throw params.problem(key, "is not a valid regular expression: " + e.getDescription());
    }
  }

  /** The status of the first request, the one the app is polled on. */
  public int status() {
    return requests.get(0).status();
  }

  /** The body pattern of the first request. */
  public Optional<Pattern> body() {
    return requests.get(0).body();
  }

  @Override
  public String type() {
    return "http";
  }

  @Override
  public String title() {
    RunSpec.HttpRequestSpec http = run.http().orElseThrow();
    if (requests.size() == 1) {
      return "GET " + http.path() + " on port " + http.port() + " answers " + status();
    }
    boolean sameStatus = requests.stream().allMatch(r -> r.status() == status());
    return "GET "
        + String.join(", ", http.paths())
        + " on port "
        + http.port()
        + " answer"
        + (sameStatus ? " " + status() : " as expected");
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.RUNTIME;
  }

  @Override
  public List<RunSpec> runsNeeded() {
    return List.of(run);
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    String expected = expected();
    Optional<RunOutcome> outcome = image.run(run);
    if (outcome.isEmpty()) {
      return Verdict.error(
          "The image was not started; this is a bug in stagecraft, please report it.");
    }
    if (outcome.get() instanceof RunOutcome.Served served) {
      return requests.size() == 1 ? judgeOne(served, expected) : judgeAll(served, expected);
    }
    if (outcome.get() instanceof RunOutcome.NotServing notServing) {
      return Verdict.fail(
          "The app did not answer: " + notServing.reason() + ".",
          expected,
          "no answer; it printed: " + lastOf(notServing.logs()));
    }
    if (outcome.get() instanceof RunOutcome.FailedToStart failed) {
      return Verdict.fail("The app could not start: " + failed.reason(), expected, "no start");
    }
    return Verdict.error(
        "The app was run to its end instead of being asked over HTTP; please report this.");
  }

  private String expected() {
    if (requests.size() == 1) {
      return requests.get(0).expected();
    }
    List<String> each = new ArrayList<>();
    for (Request r : requests) {
      each.add(r.path() + ": " + r.expected());
    }
    return String.join("; ", each);
  }

  private Verdict judgeOne(RunOutcome.Served served, String expected) {
    Request request = requests.get(0);
    boolean statusOk = served.status() == request.status();
    boolean bodyOk = request.body().map(p -> p.matcher(served.body()).find()).orElse(true);
    String actual =
        "status " + served.status() + ", body: " + bodyShown(request.body(), served.body());
    if (statusOk && bodyOk) {
      return Verdict.pass(
          "The app answered after " + served.untilAnswer().toMillis() + " ms.", actual);
    }
    return Verdict.fail(
        statusOk
            ? "The app answered, but not with the expected body."
            : "The app answered with another status.",
        expected,
        actual);
  }

  /** Every path, each named in the verdict when it answered otherwise. */
  private Verdict judgeAll(RunOutcome.Served served, String expected) {
    List<String> wrong = new ArrayList<>();
    List<String> answered = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      Request request = requests.get(i);
      RunOutcome.Answer answer =
          i == 0
              ? new RunOutcome.Answer(Optional.of(served.status()), served.body(), Optional.empty())
              : served.others().get(request.path());
      if (answer == null) {
        return Verdict.error(
            "GET "
                + request.path()
                + " was not asked; this is a bug in stagecraft, please report it.");
      }
      if (answer.status().isEmpty()) {
        wrong.add(request.path() + " (no answer: " + answer.failure().orElse("?") + ")");
        answered.add(request.path() + " no answer");
        continue;
      }
      int status = answer.status().get();
      boolean statusOk = status == request.status();
      boolean bodyOk = request.body().map(p -> p.matcher(answer.body()).find()).orElse(true);
      answered.add(request.path() + " " + status);
      if (!statusOk) {
        wrong.add(request.path() + " (status " + status + ")");
      } else if (!bodyOk) {
        wrong.add(
            request.path()
                + " (body "
                + bodyShown(request.body(), answer.body())
                + " has no /"
                + request.body().get().pattern()
                + "/)");
      }
    }
    String actual = String.join(", ", answered);
    if (wrong.isEmpty()) {
      return Verdict.pass(
          "The app answered after "
              + served.untilAnswer().toMillis()
              + " ms, on every path it should serve.",
          actual);
    }
    return Verdict.fail(
        Shown.count(wrong.size(), "path", "paths")
            + " of "
            + requests.size()
            + " did not answer as expected: "
            + String.join(", ", wrong)
            + ".",
        expected,
        actual);
  }

  /**
   * Around the match when the body was matched, so the verdict shows what passed; else its start.
   */
  private static String bodyShown(Optional<Pattern> body, String text) {
    Optional<Matcher> match = body.map(p -> p.matcher(text)).filter(Matcher::find);
    int from = match.map(Matcher::start).orElse(0);
    String shown = oneLine(text.substring(from));
    if (shown.isEmpty()) {
      return "(nothing)";
    }
    return "\""
        + (from > 0 ? "…" : "")
        + (shown.length() > SHOWN_BODY ? shown.substring(0, SHOWN_BODY) + "…" : shown)
        + "\"";
  }

  /** The end of a log: a server that gives up says why last (nginx warns first, then fails). */
  private static String lastOf(String log) {
    String shown = oneLine(log);
    if (shown.isEmpty()) {
      return "(nothing)";
    }
    return "\""
        + (shown.length() > SHOWN_BODY ? "…" + shown.substring(shown.length() - SHOWN_BODY) : shown)
        + "\"";
  }

  private static String oneLine(String text) {
    return text.strip().replace("\n", " ⏎ ");
  }
}
