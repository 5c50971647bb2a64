package dev.stagecraft.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagecraft.facts.EngineInterruption;
import dev.stagecraft.facts.LayerFact;
import dev.stagecraft.grading.CheckResult;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.ImageSummary;
import dev.stagecraft.grading.Timings;
import dev.stagecraft.lint.Finding;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A grade as JSON for scripts and CI. The field names are a contract (see README): add fields,
 * never rename or remove them.
 */
public final class JsonReport {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static String render(Grade grade) {
    return write(toJson(grade));
  }

  /** The grade as a JSON tree, for callers that put several grades into one document. */
  public static ObjectNode toJson(Grade grade) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("exercise", grade.name());
    root.put("dockerfile", grade.dockerfile().toString());
    root.put("passed", grade.passed());
    root.put("engineReachable", grade.engineReachable());
    root.put("graded", grade.graded());
    grade
        .interruption()
        .ifPresentOrElse(
            stopped -> root.set("engineTrouble", trouble(stopped)),
            () -> root.putNull("engineTrouble"));
    ArrayNode checks = root.putArray("checks");
    for (CheckResult result : grade.results()) {
      checks.add(check(result));
    }
    grade
        .image()
        .ifPresentOrElse(image -> root.set("image", image(image)), () -> root.putNull("image"));
    ObjectNode sizes = root.putObject("comparedSizes");
    grade.comparedSizes().forEach(sizes::put);
    root.put("buildFailed", grade.buildFailed());
    ArrayNode advice = root.putArray("advice");
    for (Finding finding : grade.advice()) {
      ObjectNode node = advice.addObject();
      node.put("rule", finding.ruleId());
      node.put("severity", finding.severity().label());
      node.put("line", finding.line());
      node.put("message", finding.message());
      node.put("why", finding.why());
      node.put("fix", finding.fix());
    }
    // No build ran: the image of the last check, unchanged since, was graded again.
    root.put("buildReused", grade.timings().buildReused());
    root.set("timings", timings(grade.timings()));
    return root;
  }

  public static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectNode check(CheckResult result) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", result.id());
    node.put("title", result.title());
    node.put("category", result.category().name().toLowerCase(java.util.Locale.ROOT));
    node.put("status", result.status().label());
    node.put("message", result.message());
    putOptional(node, "expected", result.verdict().expected());
    putOptional(node, "actual", result.verdict().actual());
    putOptional(node, "hint", result.hint());
    node.put("durationMs", result.duration().toMillis());
    return node;
  }

  private static ObjectNode trouble(EngineInterruption stopped) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("kind", stopped.kind());
    node.put("step", stopped.step());
    node.put("message", NotGradedText.sentence(stopped, "Dockerfile"));
    node.put("engineMessage", stopped.engineWords());
    node.put("advice", stopped.advice());
    putOptional(node, "logFile", stopped.logFile().map(java.nio.file.Path::toString));
    return node;
  }

  private static ObjectNode image(ImageSummary image) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", image.imageId());
    node.put("sizeBytes", image.sizeBytes());
    node.put("baseBytes", image.baseBytes());
    node.put("addedBytes", image.addedBytes());
    putOptional(node, "baseImage", image.baseImage());
    ArrayNode standIns = node.putArray("standIns");
    image.standIns().forEach(standIns::add);
    ArrayNode layers = node.putArray("layers");
    for (LayerFact layer : image.layers()) {
      ObjectNode l = layers.addObject();
      l.put("createdBy", layer.createdBy());
      l.put("sizeBytes", layer.sizeBytes());
      l.put("base", layer.fromBase());
    }
    return node;
  }

  private static ObjectNode timings(Timings t) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("analyseMs", t.analyse().toMillis());
    node.put("buildMs", t.build().toMillis());
    node.put("buildReused", t.buildReused());
    node.put("gatherMs", t.gather().toMillis());
    node.put("checksMs", t.checks().toMillis());
    node.put("totalMs", t.total().toMillis());
    return node;
  }

  private static void putOptional(ObjectNode node, String field, Optional<String> value) {
    value.ifPresentOrElse(v -> node.put(field, v), () -> node.putNull(field));
  }
}
