package dev.stagecraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassJsonReportTest {

  @Test
  void namesAndMessagesAreKeptExactly() throws Exception {
    List<SubmissionResult> results = HostileNames.results();
    JsonNode root =
        JsonReport.mapper()
            .readTree(ClassJsonReport.render(List.of(HostileNames.EXERCISE), results));
    JsonNode submissions = root.path("submissions");
    assertThat(submissions).hasSize(results.size());
    for (int i = 0; i < results.size(); i++) {
      assertThat(submissions.get(i).path("learner").asText()).isEqualTo(results.get(i).learner());
      assertThat(SubmissionJson.fromJson(submissions.get(i))).isEqualTo(results.get(i));
    }
    assertThat(submissions.get(0).path("failedChecks").get(0).path("message").asText())
        .isEqualTo("exit code 1, output: \u001b[31mboom\u0000");
    assertThat(root.path("counts").path("pass").asInt()).isEqualTo(8);
    assertThat(root.path("commonFailures").get(0).path("learners").asInt()).isEqualTo(3);
  }

  @Test
  void aGradedResultCarriesTheWholeGrade() throws Exception {
    SubmissionResult graded =
        SubmissionResult.graded("ada", "03-go-scratch", GradeFixture.mixed(), 2.0, "default");
    assertThat(graded.status()).isEqualTo(SubmissionStatus.FAIL);
    assertThat(graded.checksPassed()).isEqualTo(1);
    assertThat(graded.checksTotal()).isEqualTo(4);
    assertThat(graded.failedChecks())
        .extracting(SubmissionResult.FailedCheck::id)
        .containsExactly("image-size", "non-root-user");
    JsonNode node = JsonReport.mapper().readTree(JsonReport.write(SubmissionJson.toJson(graded)));
    assertThat(node.path("grade").path("checks")).hasSize(4);
    assertThat(JsonReport.write(SubmissionJson.toJson(SubmissionJson.fromJson(node))))
        .isEqualTo(JsonReport.write(node));
  }
}
