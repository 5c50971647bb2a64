package dev.stagecraft.engine;

import java.time.Duration;

/** A finished build: the full image id ({@code sha256:...}), its tag, and how long it took. */
public record BuiltImage(String imageId, String tag, Duration duration) {}
