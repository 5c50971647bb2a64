package dev.stagecraft.grading;

import java.time.Duration;

/** Where grading time went; reports print it and benchmarks compare it with a plain build. */
public record Timings(
    Duration analyse, Duration build, Duration gather, Duration checks, Duration total) {}
