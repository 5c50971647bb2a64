package dev.stagecraft.classroom;

/** Why one learner's submission cannot be graded; the batch goes on without it. */
final class SubmissionProblem extends Exception {

  private static final long serialVersionUID = 1L;

  SubmissionProblem(String reason) {
    super(reason);
  }
}
