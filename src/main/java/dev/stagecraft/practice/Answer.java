package dev.stagecraft.practice;

import dev.stagecraft.course.Question;

/**
 * One answered question of a quiz.
 *
 * @param question what was asked
 * @param given what the learner typed
 * @param right whether it was accepted
 */
public record Answer(Question question, String given, boolean right) {}
