package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.CopyFromEdge;
import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.ShellWords;
import dev.stagecraft.dockerfile.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code COPY --from=build /src /app} in the final stage, where /src is the folder the build stage
 * copied the project into: the sources ship beside the program.
 */
final class CopyBuildFolderRule extends Rule {

  CopyBuildFolderRule() {
    super(
        "copy-build-folder",
        Severity.WARNING,
        "the final stage copies the build stage's project folder",
        "The folder the sources were copied into holds them still, next to what the build made:"
            + " copying it whole ships the source code, manifests and build leftovers in the final"
            + " image.",
        "Copy only what the build produced, by its own path: the program, the packed file or the"
            + " output folder (COPY --from=build <path of the result> <where it runs>).");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    Optional<Stage> last = context.graph().finalStage();
    if (last.isEmpty()) {
      return findings;
    }
    for (CopyFromEdge edge : context.graph().copyEdgesInto(last.get())) {
      if (edge.kind() != CopyFromEdge.Kind.COPY || edge.from().isEmpty()) {
        continue;
      }
      Map<String, Integer> folders = projectFolders(context, edge.from().get());
      for (String source : sources(edge.instruction())) {
        String path = normalise(source.startsWith("/") ? source : "/" + source);
        for (Map.Entry<String, Integer> folder : folders.entrySet()) {
          if (isSameOrParent(path, folder.getKey())) {
            findings.add(
                finding(
                    context,
                    edge.instruction(),
                    "--from="
                        + edge.reference()
                        + " "
                        + source
                        + " copies the folder the sources went into on line "
                        + folder.getValue()
                        + "; copy only what the build made"));
            break;
          }
        }
      }
    }
    return findings;
  }

  /**
   * Where a stage (and the stages it is built on) copied files from the build context, with the
   * line: each destination folder, resolved against the WORKDIR of the time.
   */
  private static Map<String, Integer> projectFolders(LintContext context, Stage stage) {
    List<Stage> chain = new ArrayList<>(context.graph().ancestry(stage));
    java.util.Collections.reverse(chain);
    Map<String, Integer> folders = new LinkedHashMap<>();
    String workdir = "/";
    for (Stage s : chain) {
      for (Instruction i : s.instructions()) {
        if (i.is("WORKDIR")) {
          String dir = i.arguments().strip();
          workdir = normalise(dir.startsWith("/") ? dir : workdir + "/" + dir);
        } else if ((i.is("COPY") || i.is("ADD"))
            && i.flag("from").isEmpty()
            && i.heredocs().isEmpty()) {
          List<String> words = words(i);
          if (words.size() < 2) {
            continue;
          }
          String dest = words.get(words.size() - 1);
          boolean intoFolder =
              dest.endsWith("/")
                  || dest.equals(".")
                  || words.size() > 2
                  || CopyAllBeforeInstallRule.copiesWholeContext(i);
          if (!intoFolder) {
            continue;
          }
          String folder = normalise(dest.startsWith("/") ? dest : workdir + "/" + dest);
          if (!folder.equals("/")) {
            folders.putIfAbsent(folder, i.line());
          }
        }
      }
    }
    return folders;
  }

  private static List<String> sources(Instruction i) {
    List<String> words = words(i);
    return words.size() < 2 ? List.of() : words.subList(0, words.size() - 1);
  }

  private static List<String> words(Instruction i) {
    return i.execForm().orElseGet(() -> ShellWords.split(i.arguments()));
  }

  private static boolean isSameOrParent(String path, String folder) {
    return path.equals(folder) || path.equals("/") || folder.startsWith(path + "/");
  }

  /** "/src/./a/../b/" reads "/src/b"; the root stays "/". */
  static String normalise(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else {
        parts.add(part);
      }
    }
    return "/" + String.join("/", parts);
  }
}
