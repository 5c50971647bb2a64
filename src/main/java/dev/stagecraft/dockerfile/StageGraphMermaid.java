package dev.stagecraft.dockerfile;

import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a stage graph as a Mermaid flowchart, for READMEs and slides. */
public final class StageGraphMermaid {
  private StageGraphMermaid() {}

  /** The flowchart text, starting with {@code flowchart TD}. */
  public static String write(StageGraph graph) {
    StringBuilder out = new StringBuilder("flowchart TD\n");
    Map<String, String> images = new LinkedHashMap<>();
    for (Stage stage : graph.dockerfile().stages()) {
      out.append("  s")
          .append(stage.index())
          .append("[\"")
          .append(label(stage.index() + stage.name().map(n -> ": " + n).orElse("")))
          .append("\"]\n");
    }
    for (Stage stage : graph.dockerfile().stages()) {
      String node = "s" + stage.index();
      if (graph.parentStage(stage).isPresent()) {
        out.append("  s")
            .append(graph.parentStage(stage).get().index())
            .append(" ==>|FROM| ")
            .append(node)
            .append('\n');
      } else {
        String image = imageNode(images, stage.baseImage(), out);
        out.append("  ").append(image).append(" ==>|FROM| ").append(node).append('\n');
      }
      for (CopyFromEdge edge : graph.copyEdgesInto(stage)) {
        String source =
            edge.from()
                .map(s -> "s" + s.index())
                .orElseGet(() -> imageNode(images, edge.reference(), out));
        String how = edge.kind() == CopyFromEdge.Kind.COPY ? "COPY" : "mount";
        out.append("  ")
            .append(source)
            .append(" -->|")
            .append(how)
            .append(" line ")
            .append(edge.instruction().line())
            .append("| ")
            .append(node)
            .append('\n');
      }
    }
    out.append("  classDef final stroke-width:3px\n");
    out.append("  classDef unused stroke-dasharray: 5 5\n");
    out.append("  classDef image fill:#eee\n");
    graph.finalStage().ifPresent(f -> out.append("  class s").append(f.index()).append(" final\n"));
    for (Stage dead : graph.deadStages()) {
      out.append("  class s").append(dead.index()).append(" unused\n");
    }
    for (String node : images.values()) {
      out.append("  class ").append(node).append(" image\n");
    }
    return out.toString();
  }

  private static String imageNode(Map<String, String> images, String image, StringBuilder out) {
    String existing = images.get(image);
    if (existing != null) {
      return existing;
    }
    String node = "i" + images.size();
    images.put(image, node);
    out.append("  ").append(node).append("([\"").append(label(image)).append("\"])\n");
    return node;
  }

  private static String label(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("#quot;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
