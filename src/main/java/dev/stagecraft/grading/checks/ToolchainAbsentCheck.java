package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.FileFact;
import dev.stagecraft.facts.FileIndex;
import dev.stagecraft.facts.FileKind;
import dev.stagecraft.facts.FileScope;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.facts.InstalledPackages;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * No named build tool is left in the final image: not as an executable in any PATH directory of the
 * image config (links followed), not at the places official images install it, and not in the OS
 * package database.
 */
public record ToolchainAbsentCheck(List<KnownTool> tools) implements ImageCheck {

  public static ToolchainAbsentCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("tools");
    return new ToolchainAbsentCheck(
        params.strings("tools").stream().map(KnownTool::named).toList());
  }

  @Override
  public Set<String> lintRulesGraded() {
    return Set.of("toolchain-final-base");
  }

  @Override
  public String type() {
    return "toolchain-absent";
  }

  @Override
  public String title() {
    return "No "
        + String.join(", ", tools.stream().map(KnownTool::name).toList())
        + " in the final image";
  }

  /**
   * Every file: a tool may have any versioned name (gcc-12), be copied outside PATH (/opt/go) or
   * under another name, and is then known by its internals (cc1, go's compile tool).
   */
  @Override
  public FileScope filesRead() {
    return FileScope.WHOLE;
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    List<String> found = new ArrayList<>();
    Set<String> pathDirs = realDirectories(image.files(), image.config().pathDirectories());
    Optional<InstalledPackages> packages = InstalledPackages.of(image);
    for (KnownTool tool : tools) {
      Optional<String> at =
          findExecutable(tool, image.files(), pathDirs)
              .or(() -> findOutsidePath(tool, image.files(), pathDirs))
              .or(() -> findInternals(tool, image.files()));
      at.ifPresent(path -> found.add(tool.name() + " at " + path));
      packages.ifPresent(
          db ->
              db.names().stream()
                  .filter(tool::matchesPackage)
                  .findFirst()
                  .ifPresent(
                      pkg ->
                          found.add(
                              tool.name() + " package '" + pkg + "' (" + db.manager() + ")")));
    }
    String wanted = "none of " + String.join(", ", tools.stream().map(KnownTool::name).toList());
    if (found.isEmpty()) {
      return Verdict.pass("No build tools found in the final image.", "none found");
    }
    return Verdict.fail(
        "Build tools are still in the final image; build in one stage and copy only the result.",
        wanted,
        String.join("; ", found));
  }

  /** PATH directories as the image really has them: /bin is often a link to /usr/bin. */
  private static Set<String> realDirectories(FileIndex files, List<String> dirs) {
    Set<String> real = new LinkedHashSet<>();
    for (String dir : dirs) {
      files.resolvePath(dir).ifPresent(real::add);
    }
    return real;
  }

  private static Optional<String> findExecutable(
      KnownTool tool, FileIndex files, Set<String> pathDirs) {
    for (String extra : tool.extraPaths()) {
      if (isRunnable(files, extra)) {
        return Optional.of(extra);
      }
    }
    for (String dir : pathDirs) {
      for (FileFact file : files.children(dir)) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        if (tool.matchesExecutable(name) && isRunnable(files, file.path())) {
          return Optional.of(describe(files, file));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * An executable of the tool's name outside the PATH directories (COPY --from=build /usr/local/go
   * /opt/go): one PATH=... or a full path away from use. Packages' own trees (node_modules) hold
   * launchers of every name and are left to the other searches.
   */
  private static Optional<String> findOutsidePath(
      KnownTool tool, FileIndex files, Set<String> pathDirs) {
    return files
        .find(
            f ->
                f.kind() == FileKind.FILE
                    && f.isExecutable()
                    && tool.matchesExecutable(f.path().substring(f.path().lastIndexOf('/') + 1))
                    && !pathDirs.contains(f.path().substring(0, f.path().lastIndexOf('/')))
                    && !PathPatterns.isUnder(f.path(), List.of("node_modules/")))
        .stream()
        .map(f -> f.path() + " (outside PATH)")
        .findFirst();
  }

  /** A file only a working copy of the tool has, whatever its launcher is called. */
  private static Optional<String> findInternals(KnownTool tool, FileIndex files) {
    if (tool.internals().isEmpty()) {
      return Optional.empty();
    }
    return files.find(f -> f.kind() == FileKind.FILE && tool.isInternal(f.path())).stream()
        .map(f -> f.path() + " (part of " + tool.description() + ")")
        .findFirst();
  }

  private static boolean isRunnable(FileIndex files, String path) {
    return files.resolveKind(path).filter(kind -> kind == FileKind.FILE).isPresent();
  }

  private static String describe(FileIndex files, FileFact file) {
    if (file.kind() == FileKind.SYMLINK) {
      return file.path() + " -> " + files.resolvePath(file.path()).orElse("?");
    }
    return file.path();
  }
}
