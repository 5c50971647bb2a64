package dev.stagecraft.grading;

import dev.stagecraft.facts.ImageLab;

/** Whether the grader can build images, and if not, why. */
public sealed interface LabAccess {

  record Available(ImageLab lab) implements LabAccess {}

  /**
   * @param reason one or two lines saying what is wrong and what to do
   */
  record Unavailable(String reason) implements LabAccess {}
}
