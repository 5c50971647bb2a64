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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every named path is in the final image, optionally with a given kind, mode, owner, ls-style
 * permissions or execute bit. With {@code followLinks} (the default) a link counts as what it
 * points at: {@code /usr/bin/cc} passes as a file when it links to gcc-12.
 *
 * @param kind file, directory or symlink, when the exercise cares
 * @param permissions the mode as Go writes it ("-rwxr-xr-x"), as container-structure-test compares
 * @param executableBy "owner", "group", "other" or "any": who must be allowed to execute it
 */
public record PathPresentCheck(
    List<String> paths,
    boolean followLinks,
    Optional<FileKind> kind,
    Optional<Integer> mode,
    Optional<Integer> uid,
    Optional<Integer> gid,
    Optional<String> permissions,
    Optional<String> executableBy)
    implements ImageCheck {

  public static PathPresentCheck of(List<String> paths) {
    return new PathPresentCheck(
        paths,
        true,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public static PathPresentCheck from(CheckParams params) throws CheckSpecException {
    // "kind", not "type": an exercise.yaml entry's own "type" names the check.
    params.allowOnly("paths", "followLinks", "mode", "owner", "kind");
    List<String> paths = FileParams.absolutePaths(params, "paths");
    Optional<FileKind> kind = Optional.empty();
    Optional<String> typeName = params.optionalString("kind");
    if (typeName.isPresent()) {
      kind =
          Optional.of(
              switch (typeName.get().toLowerCase(Locale.ROOT)) {
                case "file" -> FileKind.FILE;
                case "directory", "dir" -> FileKind.DIRECTORY;
                case "symlink", "link" -> FileKind.SYMLINK;
                default -> throw params.problem("kind", "must be file, directory or symlink");
              });
    }
    Optional<Integer> mode = Optional.empty();
    Optional<String> modeText = params.optionalString("mode");
    if (modeText.isPresent()) {
      try {
        mode = Optional.of(FileModes.parseOctal(modeText.get()));
      } catch (IllegalArgumentException e) {
        throw params.problem("mode", "must be an octal mode in quotes, like \"0755\"");
      }
    }
    Optional<Integer> uid = Optional.empty();
    Optional<Integer> gid = Optional.empty();
    Optional<String> owner = params.optionalString("owner");
    if (owner.isPresent()) {
      String[] parts = owner.get().split(":", -1);
      try {
        uid = Optional.of(Integer.parseInt(parts[0].trim()));
        if (parts.length == 2) {
          gid = Optional.of(Integer.parseInt(parts[1].trim()));
        } else if (parts.length > 2) {
          throw new NumberFormatException(owner.get());
        }
      } catch (NumberFormatException e) {
        throw params.problem("owner", "must be a numeric \"uid\" or \"uid:gid\", like \"65532\"");
      }
    }
    return new PathPresentCheck(
        paths,
        params.bool("followLinks", true),
        kind,
        mode,
        uid,
        gid,
        Optional.empty(),
        Optional.empty());
  }

  @Override
  public String type() {
    return "path-present";
  }

  @Override
  public String title() {
    return "Present in the image: " + Shown.first(paths);
  }

  @Override
  public FileScope filesRead() {
    return FileScope.paths(paths);
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    List<String> problems = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (String path : paths) {
      Optional<FileFact> fact = lookup(image.files(), path);
      if (fact.isEmpty()) {
        problems.add(path + " is missing" + danglingNote(image.files(), path));
        continue;
      }
      List<String> wrong = mismatches(fact.get());
      if (wrong.isEmpty()) {
        found.add(describe(image.files(), path, fact.get()));
      } else {
        problems.add(path + " has " + String.join(", ", wrong));
      }
    }
    if (problems.isEmpty()) {
      return Verdict.pass("Every path is there as it should be.", String.join("; ", found));
    }
    return Verdict.fail(
        problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
        expected(),
        String.join("; ", problems));
  }

  /** What the exercise asks for, in words: "/app (file, mode 0755, owner 65532)". */
  String expected() {
    List<String> wants = new ArrayList<>();
    kind.ifPresent(t -> wants.add(t.name().toLowerCase(Locale.ROOT)));
    mode.ifPresent(m -> wants.add("mode " + FileModes.octal(m)));
    permissions.ifPresent(p -> wants.add("permissions " + p));
    uid.ifPresent(u -> wants.add("uid " + u));
    gid.ifPresent(g -> wants.add("gid " + g));
    executableBy.ifPresent(e -> wants.add("executable by " + e));
    return "present: "
        + String.join(", ", paths)
        + (wants.isEmpty() ? "" : " (" + String.join(", ", wants) + ")");
  }

  private Optional<FileFact> lookup(FileIndex files, String path) {
    // Asking for a symlink means looking at the link itself, not at what it points to.
    boolean follow = followLinks && kind.filter(t -> t == FileKind.SYMLINK).isEmpty();
    return follow ? files.resolve(path) : files.resolveParents(path);
  }

  private List<String> mismatches(FileFact fact) {
    List<String> wrong = new ArrayList<>();
    kind.filter(t -> t != kindOf(fact))
        .ifPresent(t -> wrong.add("type " + kindOf(fact).name().toLowerCase(Locale.ROOT)));
    mode.filter(m -> m != (fact.mode() & 07777))
        .ifPresent(m -> wrong.add("mode " + FileModes.octal(fact.mode())));
    permissions
        .filter(p -> !p.equals(FileModes.goString(fact)))
        .ifPresent(p -> wrong.add("permissions " + FileModes.goString(fact)));
    uid.filter(u -> u != fact.uid()).ifPresent(u -> wrong.add("uid " + fact.uid()));
    gid.filter(g -> g != fact.gid()).ifPresent(g -> wrong.add("gid " + fact.gid()));
    executableBy
        .filter(who -> (fact.mode() & executeBits(who)) == 0)
        .ifPresent(who -> wrong.add("mode " + FileModes.octal(fact.mode()) + ", not executable"));
    return wrong;
  }

  /** Hard links are regular files to anyone who opens them. */
  private static FileKind kindOf(FileFact fact) {
    return fact.kind() == FileKind.HARDLINK ? FileKind.FILE : fact.kind();
  }

  static int executeBits(String who) {
    return switch (who) {
      case "owner" -> 0100;
      case "group" -> 0010;
      case "other" -> 0001;
      default -> 0111;
    };
  }

  private static String danglingNote(FileIndex files, String path) {
    return files
        .resolveParents(path)
        .flatMap(FileFact::linkTarget)
        .map(target -> " (it is a link to " + target + ", which does not exist)")
        .orElse("");
  }

  private static String describe(FileIndex files, String path, FileFact fact) {
    String kind = kindOf(fact).name().toLowerCase(Locale.ROOT);
    String real = fact.path().equals(FileIndex.normalise(path)) ? "" : " -> " + fact.path();
    return path + real + " (" + kind + ", " + FileModes.octal(fact.mode()) + ")";
  }
}
