package dev.stagecraft.grading;

import dev.stagecraft.dockerfile.DockerfileParser;
import dev.stagecraft.dockerfile.StageGraph;
import dev.stagecraft.facts.CapturedFile;
import dev.stagecraft.facts.FileFact;
import dev.stagecraft.facts.FileIndex;
import dev.stagecraft.facts.FileKind;
import dev.stagecraft.facts.ImageConfigFacts;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.facts.LayerFact;
import dev.stagecraft.facts.LayerFiles;
import dev.stagecraft.facts.RunOutcome;
import dev.stagecraft.facts.RunSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Hand-made image facts for unit tests of checks: no engine involved. */
public final class ImageFactsFixture {

  private String user = "";
  private List<String> entrypoint = List.of();
  private List<String> cmd = List.of("/app");
  private final Set<String> ports = new java.util.TreeSet<>();
  private final Map<String, String> labels = new java.util.LinkedHashMap<>();
  private String workdir = "";
  private Optional<List<String>> healthcheck = Optional.empty();
  private final List<String> env = new ArrayList<>();
  private final List<FileFact> files = new ArrayList<>();
  private final List<LayerFact> layers = new ArrayList<>();
  private final Map<String, CapturedFile> captured = new HashMap<>();
  private final Map<RunSpec, RunOutcome> runs = new HashMap<>();
  private Optional<LayerFiles> layerFiles = Optional.empty();

  public static ImageFactsFixture image() {
    return new ImageFactsFixture();
  }

  public ImageFactsFixture user(String user) {
    this.user = user;
    return this;
  }

  public ImageFactsFixture entrypoint(String... args) {
    this.entrypoint = List.of(args);
    return this;
  }

  public ImageFactsFixture cmd(String... args) {
    this.cmd = List.of(args);
    return this;
  }

  public ImageFactsFixture expose(String port) {
    ports.add(port);
    return this;
  }

  public ImageFactsFixture label(String name, String value) {
    labels.put(name, value);
    return this;
  }

  public ImageFactsFixture workdir(String dir) {
    this.workdir = dir;
    return this;
  }

  public ImageFactsFixture healthcheck(String... test) {
    this.healthcheck = Optional.of(List.of(test));
    return this;
  }

  public ImageFactsFixture env(String assignment) {
    env.add(assignment);
    return this;
  }

  public ImageFactsFixture dir(String path) {
    files.add(new FileFact(path, FileKind.DIRECTORY, 0755, 0, 0, 0, Optional.empty()));
    return this;
  }

  public ImageFactsFixture file(String path) {
    return file(path, 0755, 1000);
  }

  public ImageFactsFixture file(String path, int mode, long size) {
    files.add(new FileFact(path, FileKind.FILE, mode, 0, 0, size, Optional.empty()));
    return this;
  }

  public ImageFactsFixture owned(String path, int mode, int uid, int gid) {
    files.add(new FileFact(path, FileKind.FILE, mode, uid, gid, 100, Optional.empty()));
    return this;
  }

  public ImageFactsFixture link(String path, String target) {
    files.add(new FileFact(path, FileKind.SYMLINK, 0777, 0, 0, 0, Optional.of(target)));
    return this;
  }

  public ImageFactsFixture captured(String path, String content) {
    captured.put(path, new CapturedFile(path, content.getBytes(StandardCharsets.UTF_8), false));
    return this;
  }

  /** A file whose content was cut at the capture cap: {@code size} is its real length. */
  public ImageFactsFixture truncated(String path, String start, long size) {
    file(path, 0644, size);
    captured.put(path, new CapturedFile(path, start.getBytes(StandardCharsets.UTF_8), true));
    return this;
  }

  public ImageFactsFixture layer(String createdBy, long bytes, boolean base) {
    layers.add(new LayerFact(layers.size(), createdBy, bytes, base));
    return this;
  }

  public ImageFactsFixture run(RunSpec spec, RunOutcome outcome) {
    runs.put(spec, outcome);
    return this;
  }

  /** What each layer wrote and removed, as ImageLab gathers it for checks that ask. */
  public ImageFactsFixture layerFiles(LayerFiles files) {
    this.layerFiles = Optional.of(files);
    return this;
  }

  public ImageFacts build() {
    ImageConfigFacts config =
        new ImageConfigFacts(
            user,
            entrypoint,
            cmd,
            List.copyOf(env),
            Set.copyOf(ports),
            Map.copyOf(labels),
            workdir,
            healthcheck);
    return new ImageFacts(
        "stagecraft-test:fixture",
        "sha256:fixture",
        config,
        List.copyOf(layers),
        FileIndex.of(files),
        Map.copyOf(captured),
        Map.copyOf(runs),
        layerFiles);
  }

  /** A context holding these facts and a trivial Dockerfile. */
  public GradingContext context() {
    return contextFor("FROM scratch\nCOPY app /app\n").withImage(build());
  }

  /** A context holding these facts and the given Dockerfile. */
  public GradingContext context(String dockerfileText) {
    return contextFor(dockerfileText).withImage(build());
  }

  public static GradingContext contextFor(String dockerfileText) {
    var dockerfile = DockerfileParser.parse(dockerfileText, "Dockerfile");
    return GradingContext.staticOnly(
        dockerfile, StageGraph.of(dockerfile), List.of(), "the image was not built");
  }
}
