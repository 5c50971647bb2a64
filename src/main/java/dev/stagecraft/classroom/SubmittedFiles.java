package dev.stagecraft.classroom;

import java.util.Optional;

/**
 * What a learner hands in for one exercise: the Dockerfile and, when there is one beside it, a
 * {@code .dockerignore}. Everything else the build needs comes from the exercise's own folder.
 *
 * @param shownPath where the Dockerfile was found, relative to the submission, for reports
 */
record SubmittedFiles(String shownPath, byte[] dockerfile, Optional<byte[]> dockerignore) {}
