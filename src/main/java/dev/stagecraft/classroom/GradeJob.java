package dev.stagecraft.classroom;

import dev.stagecraft.course.Exercise;

/**
 * One learner's submission for one exercise, read and hashed, waiting for an engine.
 *
 * @param cacheKey the content hash its result is kept under
 */
record GradeJob(String learner, Exercise exercise, SubmittedFiles files, String cacheKey) {}
