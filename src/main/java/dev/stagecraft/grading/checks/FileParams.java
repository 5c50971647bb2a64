package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.FileIndex;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Parameter readings several file and metadata checks share. */
final class FileParams {
  private FileParams() {}

  /** A required list of absolute image paths, normalised ("/app/" becomes "/app"). */
  static List<String> absolutePaths(CheckParams params, String key) throws CheckSpecException {
    return normalised(params, key, params.strings(key));
  }

  static List<String> optionalAbsolutePaths(CheckParams params, String key)
      throws CheckSpecException {
    return normalised(params, key, params.optionalStrings(key));
  }

  private static List<String> normalised(CheckParams params, String key, List<String> paths)
      throws CheckSpecException {
    List<String> out = new ArrayList<>();
    for (String path : paths) {
      if (!path.startsWith("/")) {
        throw params.problem(key, "has '" + path + "'; image paths start with /, like /app");
      }
      out.add(FileIndex.normalise(path));
    }
    return List.copyOf(out);
  }

  /** Regular expressions searched for line by line ({@code ^} and {@code $} match at lines). */
  static List<Pattern> patterns(CheckParams params, String key) throws CheckSpecException {
    List<Pattern> out = new ArrayList<>();
    for (String regex : params.optionalStrings(key)) {
      out.add(pattern(params, key, regex, Pattern.MULTILINE));
    }
    return List.copyOf(out);
  }

  static Pattern pattern(CheckParams params, String key, String regex, int flags)
      throws CheckSpecException {
    try {
      return Pattern.compile(regex, flags);
    } catch (PatternSyntaxException e) {
      throw params.problem(
          key, "has '" + regex + "', not a valid regular expression: " + e.getDescription());
    }
  }
}
