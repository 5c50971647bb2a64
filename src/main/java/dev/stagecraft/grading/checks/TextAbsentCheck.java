package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.ImageConfigFacts;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.facts.LayerFact;
import dev.stagecraft.facts.LayerFiles;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * None of the given texts (a token, a password) is anywhere a puller of the image can read it: the
 * content of any file of any layer, a file a later step deleted included; the history, where the
 * classic builder records every {@code RUN} with the build arguments it used; and the config
 * (environment, labels, command, user, working directory, healthcheck). Deleting a file in a later
 * step, or a multi-stage build that leaks the token into the final stage, both fail it.
 */
public record TextAbsentCheck(List<String> texts) implements ImageCheck {

  /** Characters of a found text the verdict shows; the rest is masked. */
  static final int SHOWN_CHARACTERS = 4;

  public TextAbsentCheck {
    texts = List.copyOf(texts);
  }

  public static TextAbsentCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("texts");
    List<String> texts = params.strings("texts");
    for (String text : texts) {
      if (text.length() < 4) {
        throw params.problem(
            "texts", "holds '" + text + "': give texts of 4 characters or more, such as a token");
      }
    }
    return new TextAbsentCheck(texts);
  }

  @Override
  public String type() {
    return "text-absent";
  }

  @Override
  public String title() {
    return "The secret is in no layer, history step or config";
  }

  @Override
  public boolean needsLayerFiles() {
    return true;
  }

  @Override
  public List<String> textsSearched() {
    return texts;
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    if (image.layerFiles().isEmpty()) {
      return Verdict.error("The layers' files were not read, so they cannot be searched.");
    }
    List<String> places = new ArrayList<>();
    List<LayerFiles.Layer> layers = image.layerFiles().get().layers();
    for (int i = 0; i < layers.size(); i++) {
      LayerFiles.Layer layer = layers.get(i);
      for (Map.Entry<String, Set<String>> file : layer.textsFound().entrySet()) {
        places.add(
            "layer "
                + (i + 1)
                + (layer.fromBase() ? " (base)" : "")
                + ": "
                + file.getKey()
                + (removedLater(layers, i, file.getKey()) ? " (deleted by a later step)" : "")
                + " holds "
                + masked(file.getValue()));
      }
    }
    for (LayerFact step : image.layers()) {
      List<String> found = foundIn(step.createdBy());
      if (!found.isEmpty()) {
        places.add(
            "history step "
                + (step.index() + 1)
                + ": "
                + shortened(mask(step.createdBy()))
                + " holds "
                + masked(found));
      }
    }
    config(image.config(), places);
    if (places.isEmpty()) {
      return Verdict.pass(
          "None of the texts is in the image's files, layers, history or config.", "none found");
    }
    return Verdict.fail(
        "Anyone who pulls the image can read the secret. Use it only in a build stage that is not"
            + " shipped, and do not pass it through ENV, a label or a file the final stage copies.",
        "none of " + masked(texts) + " in any layer, history step or the config",
        Shown.count(places.size(), "place", "places") + ": " + Shown.first(places));
  }

  private void config(ImageConfigFacts config, List<String> places) {
    for (String variable : config.env()) {
      inConfig(
          "ENV " + variable.substring(0, Math.max(0, variable.indexOf('='))), variable, places);
    }
    config.labels().forEach((name, value) -> inConfig("LABEL " + name, name + "=" + value, places));
    inConfig("ENTRYPOINT", String.join(" ", config.entrypoint()), places);
    inConfig("CMD", String.join(" ", config.cmd()), places);
    inConfig("USER", config.user(), places);
    inConfig("WORKDIR", config.workingDir(), places);
    config.healthcheck().ifPresent(test -> inConfig("HEALTHCHECK", String.join(" ", test), places));
  }

  private void inConfig(String where, String value, List<String> places) {
    List<String> found = foundIn(value);
    if (!found.isEmpty()) {
      places.add("config " + where + " holds " + masked(found));
    }
  }

  private List<String> foundIn(String value) {
    return texts.stream().filter(value::contains).toList();
  }

  /** True when a layer above {@code index} removes the path, or a directory above it. */
  private static boolean removedLater(List<LayerFiles.Layer> layers, int index, String path) {
    for (LayerFiles.Layer later : layers.subList(index + 1, layers.size())) {
      for (String removed : later.removed()) {
        if (path.equals(removed) || path.startsWith(removed + "/")) {
          return true;
        }
      }
      for (String opaque : later.opaqueDirectories()) {
        if (path.startsWith(opaque.equals("/") ? "/" : opaque + "/")) {
          return true;
        }
      }
    }
    return false;
  }

  private static String shortened(String step) {
    String oneLine = step.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
  }

  /** A report shows only the start of a secret, so the report does not leak it further. */
  private String mask(String value) {
    String masked = value;
    for (String text : texts) {
      masked = masked.replace(text, masked(text));
    }
    return masked;
  }

  private static String masked(Collection<String> found) {
    return String.join(", ", found.stream().map(TextAbsentCheck::masked).toList());
  }

  static String masked(String text) {
    return "'" + text.substring(0, Math.min(SHOWN_CHARACTERS, text.length())) + "…'";
  }
}
