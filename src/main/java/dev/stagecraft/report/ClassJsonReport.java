package dev.stagecraft.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A class's results as one JSON document: every submission with its full grade (each check's exact
 * text), and the room's most common failing checks. Field names are a contract: add, never rename.
 */
public final class ClassJsonReport {

  private ClassJsonReport() {}

  public static String render(List<String> exercises, List<SubmissionResult> results) {
    ObjectNode root = JsonReport.mapper().createObjectNode();
    ArrayNode exerciseIds = root.putArray("exercises");
    exercises.forEach(exerciseIds::add);
    ObjectNode counts = root.putObject("counts");
    for (SubmissionStatus status : SubmissionStatus.values()) {
      counts.put(status.label(), results.stream().filter(r -> r.status() == status).count());
    }
    ArrayNode submissions = root.putArray("submissions");
    results.forEach(r -> submissions.add(SubmissionJson.toJson(r)));
    ArrayNode common = root.putArray("commonFailures");
    for (CommonFailures.Failure failure : CommonFailures.of(results)) {
      ObjectNode node = common.addObject();
      node.put("exercise", failure.exercise());
      node.put("check", failure.checkId());
      node.put("title", failure.title());
      node.put("learners", failure.learners());
    }
    return JsonReport.write(root);
  }
}
