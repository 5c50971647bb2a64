package dev.stagecraft.course;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A timed drill: a broken Dockerfile for one exercise, to be fixed within a time limit and graded
 * by that exercise's own checks. Drills live in {@code drills/NN-slug/} (see docs/drills.md).
 *
 * @param id the folder name, such as {@code 01-toolchain-ships}
 * @param number the NN prefix
 * @param title one line naming the drill
 * @param exerciseId the exercise whose build context and checks grade it
 * @param timeLimit how long the learner has for the time bonus
 * @param brief what the learner is told: the symptom, not the fix
 * @param brokenDockerfile the file the drill starts from, {@code drills/NN-slug/Dockerfile}
 * @param source the drill.yaml file, relative to the course home, for messages
 */
public record Drill(
    String id,
    int number,
    String title,
    String exerciseId,
    Duration timeLimit,
    String brief,
    Path brokenDockerfile,
    String source) {}
