package dev.stagecraft.grading;

import java.util.Optional;

/**
 * A check made from one exercise.yaml entry, with the hint that entry gives for a failure. One
 * entry may plan several checks (a container-structure-test file plans one per test); they share
 * the entry's hint.
 */
public record PlannedCheck(Check check, Optional<String> hint) {}
