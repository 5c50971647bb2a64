package dev.stagecraft.practice;

/** Whether a quiz could start: its questions, or why there are none. */
public sealed interface QuizStart {

  /** The quiz, ready to ask. */
  record Ready(Quiz quiz) implements QuizStart {}

  /** No quiz: the reason says what to type instead. */
  record Refused(String reason) implements QuizStart {}
}
