package dev.stagecraft.engine;

import java.nio.file.Path;

/**
 * What stagecraft's build cache holds in an engine.
 *
 * @param images how many step images it keeps
 * @param bytes their own bytes (each image's layer, not its base's)
 * @param capBytes the most it keeps when a session ends
 * @param ledger the file that lists them
 */
public record BuildCacheSummary(int images, long bytes, long capBytes, Path ledger) {}
