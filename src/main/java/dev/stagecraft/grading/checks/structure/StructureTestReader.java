package dev.stagecraft.grading.checks.structure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagecraft.facts.FileIndex;
import dev.stagecraft.facts.ImageConfigFacts;
import dev.stagecraft.grading.Check;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.checks.CommandCheck;
import dev.stagecraft.grading.checks.EnvCheck;
import dev.stagecraft.grading.checks.ExposedPortsCheck;
import dev.stagecraft.grading.checks.FileContentCheck;
import dev.stagecraft.grading.checks.LabelsCheck;
import dev.stagecraft.grading.checks.PathAbsentCheck;
import dev.stagecraft.grading.checks.PathPresentCheck;
import dev.stagecraft.grading.checks.WorkdirCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the tests of one container-structure-test config into stagecraft checks with CST's
 * semantics: regexes are searched for (Go's MatchString), shouldExist defaults to true, exitCode to
 * 0, and paths are looked up without following a final link.
 */
final class StructureTestReader {

  /** CST gives each command a minute by default; so do we. */
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

  private final String source;
  private final CheckParams params;

  StructureTestReader(String source, CheckParams params) {
    this.source = source;
    this.params = params;
  }

  Check fileExistence(JsonNode test, String where) throws CheckSpecException {
    allowOnly(
        test, where, "name", "path", "shouldExist", "permissions", "uid", "gid", "isExecutableBy");
    String name = name(test, where);
    String path = path(test, where);
    boolean shouldExist = bool(test, "shouldExist", true, where);
    if (!shouldExist) {
      return new StructureTestCase(name, new PathAbsentCheck(List.of(path), false));
    }
    Optional<String> executableBy = text(test, "isExecutableBy");
    if (executableBy.isPresent()
        && !Set.of("owner", "group", "other", "any").contains(executableBy.get())) {
      throw problem(where + ".isExecutableBy", "must be owner, group, other or any");
    }
    return new StructureTestCase(
        name,
        new PathPresentCheck(
            List.of(path),
            false,
            Optional.empty(),
            Optional.empty(),
            id(test, "uid", where),
            id(test, "gid", where),
            text(test, "permissions"),
            executableBy));
  }

  Check fileContent(JsonNode test, String where) throws CheckSpecException {
    allowOnly(test, where, "name", "path", "expectedContents", "excludedContents");
    return new StructureTestCase(
        name(test, where),
        new FileContentCheck(
            path(test, where),
            regexes(test, "expectedContents", where),
            regexes(test, "excludedContents", where)));
  }

  Check command(JsonNode test, String where, List<String> globalEnv) throws CheckSpecException {
    if (test.has("setup") || test.has("teardown")) {
      throw problem(
          where + " (" + test.path("name").asText("") + ")",
          "uses setup/teardown, which stagecraft does not run; fold them into the command");
    }
    allowOnly(
        test,
        where,
        "name",
        "command",
        "args",
        "envVars",
        "expectedOutput",
        "expectedError",
        "excludedOutput",
        "excludedError",
        "exitCode");
    String name = name(test, where);
    List<String> command = new ArrayList<>();
    command.add(text(test, "command").orElseThrow(() -> problem(where + ".command", "is missing")));
    command.addAll(strings(test, "args", where));
    List<String> env = new ArrayList<>(globalEnv);
    env.addAll(envVars(test.path("envVars"), where + ".envVars"));
    JsonNode code = test.path("exitCode");
    if (!code.isMissingNode() && !code.canConvertToInt()) {
      throw problem(where + ".exitCode", "must be a whole number");
    }
    int exitCode = code.isMissingNode() ? 0 : code.asInt();
    return new StructureTestCase(
        name,
        new CommandCheck(
            name,
            command,
            env,
            regexes(test, "expectedOutput", where),
            regexes(test, "excludedOutput", where),
            regexes(test, "expectedError", where),
            regexes(test, "excludedError", where),
            exitCode,
            false,
            COMMAND_TIMEOUT));
  }

  Check metadata(JsonNode test, String where) throws CheckSpecException {
    allowOnly(
        test,
        where,
        "env",
        "labels",
        "exposedPorts",
        "unexposedPorts",
        "entrypoint",
        "cmd",
        "workdir",
        "user");
    List<Check> parts = new ArrayList<>();
    for (JsonNode env : list(test, "env")) {
      String key = required(env, "key", where + ".env");
      parts.add(new EnvCheck(key, Optional.of(valuePattern(env, where + ".env")), false));
    }
    Map<String, Pattern> labels = new LinkedHashMap<>();
    for (JsonNode label : list(test, "labels")) {
      labels.put(required(label, "key", where + ".labels"), valuePattern(label, where + ".labels"));
    }
    if (!labels.isEmpty()) {
      parts.add(new LabelsCheck(labels));
    }
    List<String> exposed = strings(test, "exposedPorts", where);
    List<String> unexposed = strings(test, "unexposedPorts", where);
    if (!exposed.isEmpty() || !unexposed.isEmpty()) {
      try {
        parts.add(
            new ExposedPortsCheck(
                ExposedPortsCheck.normalise(exposed),
                true,
                ExposedPortsCheck.normalise(unexposed)));
      } catch (IllegalArgumentException e) {
        throw problem(where + ".exposedPorts", e.getMessage());
      }
    }
    if (test.has("entrypoint")) {
      parts.add(
          new ConfigEqualsCheck(
              "ENTRYPOINT", c -> show(c.entrypoint()), show(strings(test, "entrypoint", where))));
    }
    if (test.has("cmd")) {
      parts.add(
          new ConfigEqualsCheck("CMD", c -> show(c.cmd()), show(strings(test, "cmd", where))));
    }
    Optional<String> workdir = text(test, "workdir");
    if (workdir.isPresent()) {
      parts.add(new WorkdirCheck(FileIndex.normalise(workdir.get())));
    }
    Optional<String> user = text(test, "user");
    if (user.isPresent()) {
      parts.add(new ConfigEqualsCheck("USER", ImageConfigFacts::user, user.get()));
    }
    if (parts.isEmpty()) {
      throw problem(where, "asserts nothing");
    }
    return new StructureTestCase(
        "Metadata test", new AllOfCheck("structure-test", "Metadata test", parts));
  }

  /** CST's {key, value} pairs as NAME=value. */
  List<String> envVars(JsonNode node, String where) throws CheckSpecException {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw problem(where, "must be a list of {key, value}");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode pair : node) {
      out.add(required(pair, "key", where) + "=" + pair.path("value").asText(""));
    }
    return out;
  }

  List<JsonNode> list(JsonNode parent, String key) throws CheckSpecException {
    JsonNode node = parent.path(key);
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw problem(key, "must be a list");
    }
    List<JsonNode> out = new ArrayList<>();
    node.forEach(out::add);
    return out;
  }

  CheckSpecException problem(String where, String what) {
    return params.problem("file", "names " + source + ", where " + where + " " + what);
  }

  /** Values compare exactly unless {@code isRegex}; a regex is searched for, as Go does. */
  private Pattern valuePattern(JsonNode pair, String where) throws CheckSpecException {
    String value = pair.path("value").asText("");
    if (pair.path("isRegex").asBoolean(false)) {
      return compile(".*(?:" + value + ").*", Pattern.DOTALL, where + ".value");
    }
    return Pattern.compile(Pattern.quote(value));
  }

  private List<Pattern> regexes(JsonNode test, String key, String where) throws CheckSpecException {
    List<Pattern> out = new ArrayList<>();
    for (String regex : strings(test, key, where)) {
      out.add(compile(regex, 0, where + "." + key));
    }
    return out;
  }

  private Pattern compile(String regex, int flags, String where) throws CheckSpecException {
    try {
      return Pattern.compile(regex, flags);
    } catch (PatternSyntaxException e) {
      throw problem(where, "has '" + regex + "', not a valid regex: " + e.getDescription());
    }
  }

  private List<String> strings(JsonNode test, String key, String where) throws CheckSpecException {
    JsonNode node = test.path(key);
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw problem(where + "." + key, "must be a list");
    }
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return out;
  }

  private void allowOnly(JsonNode test, String where, String... keys) throws CheckSpecException {
    if (!test.isObject()) {
      throw problem(where, "must be a map");
    }
    Set<String> allowed = Set.of(keys);
    for (Iterator<String> it = test.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw problem(where, "has '" + key + "', which stagecraft does not support");
      }
    }
  }

  private String name(JsonNode test, String where) throws CheckSpecException {
    return required(test, "name", where);
  }

  private String path(JsonNode test, String where) throws CheckSpecException {
    String path = required(test, "path", where);
    if (!path.startsWith("/")) {
      throw problem(where + ".path", "is '" + path + "'; paths in the image start with /");
    }
    return FileIndex.normalise(path);
  }

  private String required(JsonNode node, String key, String where) throws CheckSpecException {
    return text(node, key).orElseThrow(() -> problem(where, "needs '" + key + "'"));
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
  }

  private boolean bool(JsonNode node, String key, boolean defaultValue, String where)
      throws CheckSpecException {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return defaultValue;
    }
    if (!value.isBoolean()) {
      throw problem(where + "." + key, "must be true or false");
    }
    return value.asBoolean();
  }

  private Optional<Integer> id(JsonNode node, String key, String where) throws CheckSpecException {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    if (!value.canConvertToInt()) {
      throw problem(where + "." + key, "must be a number");
    }
    // CST writes -1 for "do not check".
    return value.asInt() < 0 ? Optional.empty() : Optional.of(value.asInt());
  }

  private static String show(List<String> command) {
    if (command.isEmpty()) {
      return "[]";
    }
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < command.size(); i++) {
      out.append(i == 0 ? "" : ", ").append('"').append(command.get(i)).append('"');
    }
    return out.append(']').toString();
  }
}
