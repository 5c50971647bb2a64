package dev.stagecraft.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a stage graph as boxes for a terminal, one box per stage in file order, each listing where
 * its files come from with arrows. Unicode box drawing by default, plain ASCII on request.
 */
public final class StageGraphDrawing {
  private record Glyphs(
      String topLeft,
      String topRight,
      String bottomLeft,
      String bottomRight,
      String horizontal,
      String vertical,
      String arrow,
      String down,
      String star) {}

  private static final Glyphs UNICODE = new Glyphs("┌", "┐", "└", "┘", "─", "│", "◀──", "▼", "★");
  private static final Glyphs ASCII = new Glyphs("+", "+", "+", "+", "-", "|", "<--", "v", "*");
  private static final int MAX_WIDTH = 100;

  private StageGraphDrawing() {}

  /** The drawing, lines separated by {@code \n}; {@code ascii} uses only 7-bit characters. */
  public static String draw(StageGraph graph, boolean ascii) {
    Glyphs g = ascii ? ASCII : UNICODE;
    List<Stage> stages = graph.dockerfile().stages();
    List<List<String>> boxes = new ArrayList<>();
    for (Stage stage : stages) {
      boxes.add(rows(graph, stage, g));
    }
    int width = 20;
    for (List<String> rows : boxes) {
      for (String row : rows) {
        width = Math.max(width, Math.min(MAX_WIDTH, row.length()));
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < stages.size(); i++) {
      if (i > 0) {
        boolean feedsNext = feeds(graph, stages.get(i - 1), stages.get(i));
        out.append(feedsNext ? "  " + g.down() : "").append('\n');
      }
      out.append(g.topLeft())
          .append(g.horizontal().repeat(width + 2))
          .append(g.topRight())
          .append('\n');
      for (String row : boxes.get(i)) {
        out.append(g.vertical())
            .append(' ')
            .append(pad(row, width))
            .append(' ')
            .append(g.vertical())
            .append('\n');
      }
      out.append(g.bottomLeft())
          .append(g.horizontal().repeat(width + 2))
          .append(g.bottomRight())
          .append('\n');
    }
    graph
        .finalStage()
        .ifPresent(
            f ->
                out.append(g.star())
                    .append(" final stage: ")
                    .append(f.name().orElse(boxLabel(f)))
                    .append(", built from ")
                    .append(graph.rootImage(f))
                    .append('\n'));
    return out.toString();
  }

  /**
   * An unnamed stage is called by its box's label, {@code [0]}: the index --from=0 uses. Prose
   * never says "stage 0" or "#1", which a reader counts from one.
   */
  private static String boxLabel(Stage stage) {
    return "[" + stage.index() + "]";
  }

  private static List<String> rows(StageGraph graph, Stage stage, Glyphs g) {
    List<String> rows = new ArrayList<>();
    String title = "[" + stage.index() + "] " + stage.name().orElse("(unnamed)");
    if (graph.finalStage().map(f -> f.index() == stage.index()).orElse(false)) {
      title += "  " + g.star() + " final";
    } else if (!graph.stagesFeedingFinal().contains(stage)) {
      title += "  (unused)";
    }
    rows.add(title);
    String base =
        graph
            .parentStage(stage)
            .map(p -> g.arrow() + " FROM stage " + p.name().orElse(boxLabel(p)))
            .orElse(
                "FROM "
                    + stage.baseImage()
                    + (StageGraph.isScratch(stage.baseImage()) ? "" : "  (image)"));
    rows.add(base + "  line " + stage.from().line());
    for (CopyFromEdge edge : graph.copyEdgesInto(stage)) {
      String source =
          edge.from()
              .map(s -> "stage " + s.name().orElse(boxLabel(s)))
              .orElse("image " + edge.reference());
      String how =
          edge.kind() == CopyFromEdge.Kind.COPY
              ? edge.instruction().keyword() + " --from"
              : "RUN --mount";
      rows.add(g.arrow() + " " + source + "  " + how + "  line " + edge.instruction().line());
    }
    rows.add(stage.instructions().size() + " instruction(s)");
    return rows;
  }

  private static boolean feeds(StageGraph graph, Stage earlier, Stage later) {
    if (graph.parentStage(later).map(p -> p.index() == earlier.index()).orElse(false)) {
      return true;
    }
    return graph.copyEdgesInto(later).stream()
        .anyMatch(e -> e.from().map(s -> s.index() == earlier.index()).orElse(false));
  }

  private static String pad(String row, int width) {
    String shown = row.length() > width ? row.substring(0, width - 3) + "..." : row;
    return shown + " ".repeat(width - shown.length());
  }
}
