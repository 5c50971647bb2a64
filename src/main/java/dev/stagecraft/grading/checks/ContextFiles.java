package dev.stagecraft.grading.checks;

import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import java.nio.file.Path;

/** Parameters that name a file of the build context, for checks that rebuild after changing it. */
final class ContextFiles {

  private ContextFiles() {}

  /**
   * The file a parameter names, relative to the build context, with forward slashes; it must exist
   * and stay inside the context.
   */
  static String relative(CheckParams params, String key) throws CheckSpecException {
    return relative(params, key, params.string(key));
  }

  /** Like {@link #relative(CheckParams, String)}, for a name found inside parameter {@code key}. */
  static String relative(CheckParams params, String key, String name) throws CheckSpecException {
    if (Path.of(name).isAbsolute()) {
      throw params.problem(
          key, "names '" + name + "'; give a path relative to the exercise folder");
    }
    params.file(key, name);
    return Path.of(name).normalize().toString().replace('\\', '/');
  }
}
