package dev.stagecraft.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Reads the verdicts of an attack: which checks pass or fail, and what they say. */
final class AttackAsserts {

  private AttackAsserts() {}

  /** The whole verdict as one text: message, expected and actual. */
  static String said(CheckResult result) {
    return result.message()
        + " | expected "
        + result.verdict().expected().orElse("")
        + " | actual "
        + result.verdict().actual().orElse("");
  }

  static void passes(Map<String, CheckResult> results, String id) {
    CheckResult result = results.get(id);
    assertThat(result).as(id + " in " + results.keySet()).isNotNull();
    assertThat(result.status()).as(id + ": " + said(result)).isEqualTo(Status.PASS);
  }

  static void fails(Map<String, CheckResult> results, String id, String... saying) {
    CheckResult result = results.get(id);
    assertThat(result).as(id + " in " + results.keySet()).isNotNull();
    assertThat(result.status()).as(id + ": " + said(result)).isEqualTo(Status.FAIL);
    for (String text : saying) {
      assertThat(said(result)).as(id).contains(text);
    }
  }
}
