package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.FileFact;
import dev.stagecraft.facts.FileIndex;
import dev.stagecraft.facts.FileKind;
import dev.stagecraft.facts.FileScope;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The final image ships the built program, not its source: no file named like source code and no
 * {@code src/} directory outside the places where OS packages and language runtimes keep their own
 * (see {@link #DEFAULT_IGNORE}). Those places excuse only what the base image brought: a file the
 * learner's own steps wrote counts wherever it is, so sources moved to /usr/local/lib are found.
 * Directory names such as {@code node_modules/} excuse everything under them.
 */
public record NoSourceFilesCheck(List<String> patterns, List<String> ignore) implements ImageCheck {

  /** Source files of the languages the course builds, and the usual source directory. */
  public static final List<String> DEFAULT_PATTERNS =
      List.of(
          "*.go", "go.mod", "go.sum", "go.work", "*.ts", "*.tsx", "*.java", "*.kt", "*.rs", "*.c",
          "*.cc", "*.cpp", "*.h", "src/");

  /**
   * Where the base image keeps sources and headers that came with its packages or runtime (Debian
   * keeps C headers in /usr/include, Go's standard library is source under /usr/local/go, npm's own
   * modules carry TypeScript), plus the virtual filesystems.
   */
  public static final List<String> DEFAULT_IGNORE =
      List.of(
          "/usr/share",
          "/usr/lib",
          "/usr/libexec",
          "/usr/include",
          "/usr/src",
          "/usr/local/go",
          "/usr/local/include",
          "/usr/local/lib",
          "/usr/local/share",
          "/opt/java",
          "/lib",
          "/proc",
          "/sys",
          "/dev",
          "node_modules/",
          "site-packages/",
          "dist-packages/");

  public static NoSourceFilesCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("patterns", "ignore");
    List<String> patterns = params.optionalStrings("patterns");
    Optional<Object> ignore = params.raw("ignore");
    return new NoSourceFilesCheck(
        patterns.isEmpty() ? DEFAULT_PATTERNS : patterns,
        ignore.isPresent() ? params.optionalStrings("ignore") : DEFAULT_IGNORE);
  }

  @Override
  public String type() {
    return "no-source-files";
  }

  @Override
  public String title() {
    // Named patterns say what is looked for; two checks of one exercise never share a title.
    return patterns.equals(DEFAULT_PATTERNS) || patterns.size() > 3
        ? "No source files in the final image"
        : "No " + String.join(", ", patterns) + " in the final image";
  }

  /** Sources can be left anywhere, so every path is read. */
  @Override
  public FileScope filesRead() {
    return FileScope.WHOLE;
  }

  /** Which layer wrote a file tells the base image's sources from the learner's. */
  @Override
  public boolean needsLayerFiles() {
    return true;
  }

  /**
   * Only when there is something to tell apart: a source file (or a non-empty source directory) in
   * one of the ignored places. Images with none (scratch, distroless, alpine) skip the read.
   */
  @Override
  public boolean needsLayerFiles(FileIndex files) {
    PathPatterns names = PathPatterns.of(patterns);
    List<String> places = ignore.stream().filter(p -> p.startsWith("/")).toList();
    List<String> dirNames = ignore.stream().filter(p -> !p.startsWith("/")).toList();
    return !files
        .find(
            f ->
                PathPatterns.isUnder(f.path(), places)
                    && !PathPatterns.isUnder(f.path(), dirNames)
                    && names.match(f).isPresent()
                    && (f.kind() != FileKind.DIRECTORY || !files.children(f.path()).isEmpty()))
        .isEmpty();
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    PathPatterns names = PathPatterns.of(patterns);
    List<String> places = ignore.stream().filter(p -> p.startsWith("/")).toList();
    List<String> dirNames = ignore.stream().filter(p -> !p.startsWith("/")).toList();
    Set<String> yours = learnersFiles(image);
    List<String> files = new ArrayList<>();
    // Source directories and how many files they hold; an empty src/ (GOPATH, /usr/local/src)
    // ships no source.
    Map<String, Integer> dirs = new LinkedHashMap<>();
    for (FileFact fact : image.files().find(f -> !PathPatterns.isUnder(f.path(), dirNames))) {
      boolean excused = PathPatterns.isUnder(fact.path(), places) && !yours.contains(fact.path());
      if (fact.kind() == FileKind.DIRECTORY) {
        if (names.match(fact).isPresent() && !PathPatterns.isUnder(fact.path(), dirs.keySet())) {
          dirs.put(fact.path(), 0);
        }
        continue;
      }
      if (excused) {
        continue;
      }
      Optional<String> inDir =
          dirs.keySet().stream().filter(d -> fact.path().startsWith(d + "/")).findFirst();
      if (inDir.isPresent()) {
        dirs.merge(inDir.get(), fact.kind() == FileKind.SYMLINK ? 0 : 1, Integer::sum);
      } else if (names.match(fact).isPresent()) {
        files.add(fact.path());
      }
    }
    List<String> found = new ArrayList<>(files);
    dirs.forEach(
        (dir, count) -> {
          if (count > 0) {
            found.add(dir + "/ (" + Shown.count(count, "file", "files") + ")");
          }
        });
    found.sort(null);
    if (found.isEmpty()) {
      return Verdict.pass("No source files found outside system places.", "none found");
    }
    return Verdict.fail(
        "The final image ships source code; copy only the built program from the build stage.",
        "no files matching " + String.join(", ", patterns),
        Shown.count(found.size(), "source path", "source paths") + ": " + Shown.first(found));
  }

  /** Every file the learner's steps wrote (not the base image's layers); none when unknown. */
  private static Set<String> learnersFiles(ImageFacts image) {
    Set<String> yours = new HashSet<>();
    image
        .layerFiles()
        .ifPresent(
            layers ->
                layers.layers().stream()
                    .filter(layer -> !layer.fromBase())
                    .forEach(layer -> yours.addAll(layer.files().keySet())));
    return yours;
  }
}
