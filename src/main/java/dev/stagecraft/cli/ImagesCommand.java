package dev.stagecraft.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagecraft.app.EngineConnector;
import dev.stagecraft.app.FileProblems;
import dev.stagecraft.app.OfflineKit;
import dev.stagecraft.app.OfflineKit.ImageState;
import dev.stagecraft.app.OfflineKit.Pull;
import dev.stagecraft.course.BaseImages;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineException;
import dev.stagecraft.engine.EngineUnavailableException;
import dev.stagecraft.report.JsonReport;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.OutputMode;
import dev.stagecraft.terminal.TextWrap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stagecraft images list|pull|save FILE|load FILE}: the base images the course (or a pack)
 * needs, so a workshop can run from a USB stick where no registry answers.
 */
@Command(
    name = "images",
    mixinStandardHelpOptions = true,
    description = "The base images the course needs: list, pull, or save and load an offline kit.",
    subcommands = {
      ImagesCommand.ListImages.class,
      ImagesCommand.PullImages.class,
      ImagesCommand.SaveImages.class,
      ImagesCommand.LoadImages.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done (list: every image present)",
      "1:some images are missing or could not be pulled",
      "2:bad input (a bad course, an unreadable kit)",
      "3:no Docker engine"
    })
public final class ImagesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Without a subcommand, says which there are. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.OK;
  }

  /** What each subcommand does once it has the course's images and an engine. */
  @FunctionalInterface
  interface KitWork {
    int run(BaseImages images, OfflineKit kit, PrintWriter out, PrintWriter err)
        throws EngineException, IOException;
  }

  /** Reads the course's images, connects, runs {@code work}; bad input and no engine end here. */
  static int withKit(CommandSpec spec, KitWork work) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      BaseImages images = BaseImages.scan(CourseOption.home(spec));
      try (DockerEngine engine = EngineConnector.fromEnvironment().connect()) {
        return work.run(images, new OfflineKit(engine), out, err);
      }
    } catch (CourseException e) {
      err.println("stagecraft: " + ForeignText.forTerminal(e.getMessage()));
      return ExitCode.BAD_INPUT;
    } catch (EngineUnavailableException e) {
      err.println(e.getMessage());
      return ExitCode.NO_ENGINE;
    } catch (EngineException e) {
      err.println("stagecraft: " + ForeignText.forTerminal(e.getMessage()));
      return ExitCode.FAILED;
    } catch (IOException e) {
      err.println("stagecraft: " + FileProblems.describe(e));
      return ExitCode.BAD_INPUT;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The images given, else every image the course needs. */
  static List<String> chosen(List<String> given, BaseImages images) {
    return given.isEmpty() ? List.copyOf(images.references()) : List.copyOf(given);
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Every base image the course needs, present or missing on this engine.")
  static final class ListImages implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print JSON for scripts instead of a list.")
    boolean json;

    @Override
    public Integer call() {
      return withKit(
          spec,
          (images, kit, out, err) -> {
            List<ImageState> states = kit.states(images);
            long missing = states.stream().filter(s -> !s.present()).count();
            if (json) {
              out.print(toJson(states));
              return missing == 0 ? ExitCode.OK : ExitCode.FAILED;
            }
            int width = OutputMode.forStandardOutput().width();
            for (ImageState state : states) {
              out.println(
                  ForeignText.forTerminal(
                      (state.present() ? "  present  " : "  MISSING  ") + state.reference()));
              out.println(
                  ForeignText.forTerminal(
                      TextWrap.hanging(
                          "           for ", String.join(", ", exercises(state)), width)));
            }
            out.println(summary(states.size(), missing));
            return missing == 0 ? ExitCode.OK : ExitCode.FAILED;
          });
    }

    /** {@code {"images": [{"reference", "present", "neededBy": [...]}], "missing": N}}. */
    static String toJson(List<ImageState> states) {
      ObjectNode root = JsonReport.mapper().createObjectNode();
      ArrayNode list = root.putArray("images");
      for (ImageState state : states) {
        ObjectNode node = list.addObject();
        node.put("reference", state.reference());
        node.put("present", state.present());
        state.neededBy().forEach(node.putArray("neededBy")::add);
      }
      root.put("missing", states.stream().filter(s -> !s.present()).count());
      return JsonReport.write(root);
    }
  }

  /** The exercises whose starter or solution needs the image, each named once. */
  private static List<String> exercises(ImageState state) {
    return state.neededBy().stream()
        .map(file -> file.split("/"))
        .map(parts -> parts.length > 1 ? parts[1] : parts[0])
        .distinct()
        .toList();
  }

  /** What is missing and the command that fixes it, in lines that fit 60 columns. */
  static String summary(int needed, long missing) {
    if (needed == 0) {
      return "The course needs no base image (every stage starts FROM scratch or another stage).";
    }
    if (missing == 0) {
      return needed + (needed == 1 ? " image is" : " images are") + " needed; all are present.";
    }
    return missing
        + " of "
        + needed
        + " images missing. Load them from a kit (made with\n"
        + "`./stagecraft images save FILE` where they are present):\n  "
        + OfflineKit.LOAD_COMMAND
        + "\nor pull them where a registry answers:\n  "
        + OfflineKit.PULL_COMMAND;
  }

  @Command(
      name = "pull",
      mixinStandardHelpOptions = true,
      description = "Pull the missing base images (all the course needs, or those named).")
  static final class PullImages implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "IMAGE", arity = "0..*", description = "Images to pull.")
    List<String> given = new ArrayList<>();

    @Override
    public Integer call() {
      return withKit(
          spec,
          (images, kit, out, err) -> {
            int failed = 0;
            for (Pull pull : kit.pullMissing(chosen(given, images))) {
              out.println(ForeignText.forTerminal(describe(pull)));
              failed += pull instanceof Pull.Failed ? 1 : 0;
            }
            if (failed > 0) {
              out.printf(
                  "%d image%s could not be pulled. Without a registry, load a kit%n"
                      + "made where they are present:%n  %s%n",
                  failed, failed == 1 ? "" : "s", OfflineKit.LOAD_COMMAND);
            }
            return failed == 0 ? ExitCode.OK : ExitCode.FAILED;
          });
    }
  }

  private static String describe(Pull pull) {
    if (pull instanceof Pull.Failed failed) {
      return TextWrap.hanging(
          "  FAILED   ",
          failed.reference() + ": " + failed.reason(),
          OutputMode.forStandardOutput().width());
    }
    return (pull instanceof Pull.Pulled ? "  pulled   " : "  present  ") + pull.reference();
  }

  @Command(
      name = "save",
      mixinStandardHelpOptions = true,
      description = "Save the course's base images (or those named) into one tar: an offline kit.")
  static final class SaveImages implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The tar to write.")
    Path file;

    @Parameters(index = "1..*", paramLabel = "IMAGE", description = "Images to save.")
    List<String> given = new ArrayList<>();

    @Override
    public Integer call() {
      return withKit(
          spec,
          (images, kit, out, err) -> {
            List<String> wanted = chosen(given, images);
            List<ImageState> states = kit.states(new BaseImages(wantedOnly(wanted, images)));
            List<String> present =
                states.stream().filter(ImageState::present).map(ImageState::reference).toList();
            List<String> missing =
                states.stream().filter(s -> !s.present()).map(ImageState::reference).toList();
            if (present.isEmpty()) {
              err.println(
                  "stagecraft: nothing to save: "
                      + (wanted.isEmpty()
                          ? "the course needs no base image."
                          : "none of " + String.join(", ", wanted) + " is on this engine."));
              return ExitCode.FAILED;
            }
            kit.save(present, file);
            out.printf(
                "Saved %d image%s to %s (%s): %s%n",
                present.size(),
                present.size() == 1 ? "" : "s",
                file,
                DoctorCommand.megabytes(Files.size(file)),
                String.join(", ", present));
            out.printf("On the other machine: ./stagecraft images load %s%n", file);
            if (!missing.isEmpty()) {
              err.println(
                  "stagecraft: not in the kit, missing on this engine: "
                      + String.join(", ", missing)
                      + ". Pull them (`"
                      + OfflineKit.PULL_COMMAND
                      + "`) and save again.");
              return ExitCode.FAILED;
            }
            return ExitCode.OK;
          });
    }

    /** The course's record of who needs each image, for the images asked for. */
    private static Map<String, List<String>> wantedOnly(List<String> wanted, BaseImages images) {
      Map<String, List<String>> map = new TreeMap<>();
      wanted.forEach(w -> map.put(w, images.neededBy().getOrDefault(w, List.of())));
      return map;
    }
  }

  @Command(
      name = "load",
      mixinStandardHelpOptions = true,
      description = "Load an offline kit made by `images save` into this engine.")
  static final class LoadImages implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The tar to load.")
    Path file;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(file)) {
        spec.commandLine()
            .getErr()
            .println(
                "stagecraft: no kit at "
                    + file
                    + "; give the tar that `./stagecraft images save FILE` wrote.");
        return ExitCode.BAD_INPUT;
      }
      return withKit(
          spec,
          (images, kit, out, err) -> {
            List<String> loaded;
            try {
              loaded = kit.load(file);
            } catch (EngineException e) {
              err.println(
                  "stagecraft: the engine could not load "
                      + file
                      + ": "
                      + ForeignText.forTerminal(e.getMessage())
                      + ". Is it a tar written by `images save` (or docker save)?");
              return ExitCode.BAD_INPUT;
            }
            out.println(
                ForeignText.forTerminal(
                    "Loaded " + (loaded.isEmpty() ? "the kit" : String.join(", ", loaded)) + "."));
            long missing = kit.states(images).stream().filter(s -> !s.present()).count();
            out.println(summary(images.references().size(), missing));
            return ExitCode.OK;
          });
    }
  }
}
