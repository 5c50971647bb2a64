package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.FileFact;
import dev.stagecraft.facts.FileKind;
import dev.stagecraft.facts.FileScope;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.facts.LayerFiles;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Nothing that usually holds a secret was copied into the image: .env files, private keys,
 * credentials files of npm, PyPI, AWS and Docker, or a whole .git directory. Anyone who pulls an
 * image can read every file in it, even one a later step deleted.
 */
public record NoSecretsCheck(List<String> allow) implements ImageCheck {

  /** Names that usually hold secrets; see {@link PathPatterns} for the forms. */
  public static final List<String> SECRET_PATTERNS =
      List.of(
          ".env",
          ".env.*",
          "*.pem",
          "*.key",
          "id_rsa",
          "id_dsa",
          "id_ecdsa",
          "id_ed25519",
          ".npmrc",
          ".pypirc",
          ".netrc",
          ".git-credentials",
          ".aws/credentials",
          ".docker/config.json",
          ".git/");

  /** Templates that document which variables to set and hold no values. */
  static final List<String> TEMPLATES = List.of(".env.example", ".env.sample", ".env.template");

  /**
   * Places where OS packages and runtimes keep public certificates and their own config: Debian's
   * CA bundle is a directory of .pem files, and npm and pip ship test keys inside their packages.
   */
  public static final List<String> SYSTEM_PLACES =
      List.of(
          "/etc/ssl",
          "/usr/share",
          "/usr/lib",
          "/usr/local/lib",
          "/usr/local/share",
          "/opt/java",
          "/proc",
          "/sys",
          "/dev");

  public static NoSecretsCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("allow");
    return new NoSecretsCheck(FileParams.optionalAbsolutePaths(params, "allow"));
  }

  @Override
  public String type() {
    return "no-secrets";
  }

  @Override
  public String title() {
    return "No secrets or credentials in the image";
  }

  /**
   * A secret a step wrote and a later step removed is still in the image: each layer ships as it
   * was written, and anyone with the image can read it. So every layer's files are read too.
   */
  @Override
  public boolean needsLayerFiles() {
    return true;
  }

  private boolean excused(String path) {
    return PathPatterns.isUnder(path, SYSTEM_PLACES)
        || allow.contains(path)
        || PathPatterns.isUnder(path, allow)
        || TEMPLATES.stream().anyMatch(t -> path.endsWith("/" + t));
  }

  /** Secrets the learner's layers wrote that the final filesystem no longer shows. */
  private List<String> removedLater(ImageFacts image, PathPatterns names, List<String> found) {
    List<String> out = new ArrayList<>();
    if (image.layerFiles().isEmpty()) {
      return out;
    }
    List<LayerFiles.Layer> layers = image.layerFiles().get().layers();
    for (int i = 0; i < layers.size(); i++) {
      LayerFiles.Layer layer = layers.get(i);
      if (layer.fromBase()) {
        continue;
      }
      for (String path : layer.files().keySet()) {
        if (excused(path) || image.files().exists(path)) {
          continue;
        }
        FileFact asFile = new FileFact(path, FileKind.FILE, 0644, 0, 0, 0, Optional.empty());
        boolean inGit = PathPatterns.isUnder(path, List.of(".git/"));
        if (names.match(asFile).isEmpty() && !inGit) {
          continue;
        }
        String shown =
            (inGit ? path.substring(0, path.indexOf("/.git/") + 5) + "/" : path)
                + " (removed by a later step, still in layer "
                + (i + 1)
                + ")";
        if (!found.contains(shown) && !out.contains(shown)) {
          out.add(shown);
        }
      }
    }
    return out;
  }

  /** Secrets can be anywhere in the image, so every path is read. */
  @Override
  public FileScope filesRead() {
    return FileScope.WHOLE;
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    PathPatterns names = PathPatterns.of(SECRET_PATTERNS);
    List<String> found = new ArrayList<>();
    List<String> flaggedDirs = new ArrayList<>();
    for (FileFact fact : image.files().find(f -> f.kind() != FileKind.SYMLINK)) {
      String path = fact.path();
      if (PathPatterns.isUnder(path, SYSTEM_PLACES)
          || PathPatterns.isUnder(path, flaggedDirs)
          || allow.contains(path)
          || PathPatterns.isUnder(path, allow)
          || TEMPLATES.stream().anyMatch(t -> path.endsWith("/" + t))) {
        continue;
      }
      Optional<String> pattern = names.match(fact);
      if (pattern.isPresent()) {
        boolean dir = pattern.get().endsWith("/");
        found.add(path + (dir ? "/" : ""));
        if (dir) {
          flaggedDirs.add(path);
        }
      }
    }
    found.addAll(removedLater(image, names, found));
    if (found.isEmpty()) {
      return Verdict.pass("No files that usually hold secrets.", "none found");
    }
    return Verdict.fail(
        "Files that usually hold secrets are in the image; keep them out of the build context "
            + "with .dockerignore, or copy only what the app needs.",
        "no .env, private keys, credentials or .git"
            + (allow.isEmpty() ? "" : " besides " + String.join(", ", allow)),
        Shown.count(found.size(), "file", "files") + ": " + Shown.first(found));
  }
}
