package dev.stagecraft.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns source lines into instructions: joins continuation lines (skipping comments and blank lines
 * inside them, as Docker does), splits off the keyword and flags, recognises exec form and reads
 * heredoc bodies.
 */
final class InstructionReader {
  record Result(List<Instruction> instructions, List<Comment> comments) {}

  private final SourceLines lines;
  private final char escape;
  private final List<ParseProblem> problems;
  private final List<Instruction> instructions = new ArrayList<>();
  private final List<Comment> comments = new ArrayList<>();

  private InstructionReader(SourceLines lines, char escape, List<ParseProblem> problems) {
    this.lines = lines;
    this.escape = escape;
    this.problems = problems;
  }

  static Result read(SourceLines lines, int from, char escape, List<ParseProblem> problems) {
    InstructionReader reader = new InstructionReader(lines, escape, problems);
    reader.readFrom(from);
    return new Result(reader.instructions, reader.comments);
  }

  private void readFrom(int from) {
    int i = from;
    while (i < lines.size()) {
      if (lines.isBlank(i)) {
        i++;
      } else if (lines.isComment(i)) {
        recordComment(i);
        i++;
      } else {
        i = readInstruction(i) + 1;
      }
    }
  }

  private void recordComment(int index) {
    String line = lines.line(index).strip();
    comments.add(new Comment(index + 1, line.substring(1).strip()));
  }

  /** Reads the instruction starting on 0-based line {@code first}; returns its last line. */
  private int readInstruction(int first) {
    StringBuilder logical = new StringBuilder();
    int last = first;
    String content = lines.line(first);
    while (true) {
      int cut = continuationCut(content);
      if (cut < 0) {
        logical.append(content);
        break;
      }
      logical.append(content, 0, cut);
      int next = last + 1;
      while (next < lines.size() && (lines.isBlank(next) || lines.isComment(next))) {
        if (lines.isComment(next)) {
          recordComment(next);
        }
        next++;
      }
      if (next >= lines.size()) {
        break;
      }
      last = next;
      content = lines.line(next);
    }
    String line = logical.toString().strip();
    int space = firstWhitespace(line);
    String word = space < 0 ? line : line.substring(0, space);
    String rest = space < 0 ? "" : line.substring(space).strip();
    String keyword = word.toUpperCase(Locale.ROOT);
    if (!Keywords.ALL.contains(keyword)) {
      problems.add(new ParseProblem(first + 1, unknownInstruction(word)));
      return last;
    }
    FlagReader.Result flagged = FlagReader.read(rest);
    Optional<List<String>> execForm = execForm(keyword, flagged.rest());
    List<Heredoc> heredocs = List.of();
    if (Keywords.HEREDOC_CAPABLE.contains(keyword) && execForm.isEmpty()) {
      List<HeredocReader.Marker> markers = HeredocReader.markers(flagged.rest());
      if (!markers.isEmpty()) {
        HeredocReader.Result read = HeredocReader.read(lines, last, markers);
        heredocs = read.heredocs();
        last = read.lastLine();
        read.unterminated()
            .ifPresent(
                delimiter ->
                    problems.add(
                        new ParseProblem(
                            first + 1,
                            "the heredoc <<"
                                + delimiter
                                + " is never closed; end it with a line holding only "
                                + delimiter)));
      }
    }
    if (keyword.equals("SHELL") && execForm.isEmpty() && !flagged.rest().isEmpty()) {
      problems.add(
          new ParseProblem(
              first + 1,
              "SHELL takes a JSON array, such as SHELL [\"/bin/bash\", \"-c\"]; write it in that"
                  + " form"));
    }
    if (flagged.rest().isEmpty() && !Keywords.ARGUMENTS_OPTIONAL.contains(keyword)) {
      problems.add(
          new ParseProblem(
              first + 1, keyword + " needs arguments; complete the instruction or remove it"));
    }
    ArgumentShapes.problem(keyword, flagged.rest(), execForm, !heredocs.isEmpty())
        .ifPresent(message -> problems.add(new ParseProblem(first + 1, message)));
    instructions.add(
        new Instruction(
            keyword,
            first + 1,
            last + 1,
            flagged.flags(),
            flagged.rest(),
            execForm,
            heredocs,
            lines.span(first, last)));
    return last;
  }

  /**
   * The index of the escape character that continues this line onto the next one (the escape
   * followed only by spaces or tabs), or -1 when the line does not continue.
   */
  private int continuationCut(String content) {
    int end = content.length();
    while (end > 0 && (content.charAt(end - 1) == ' ' || content.charAt(end - 1) == '\t')) {
      end--;
    }
    if (end > 0 && content.charAt(end - 1) == escape) {
      return end - 1;
    }
    return -1;
  }

  static Optional<List<String>> execForm(String keyword, String arguments) {
    if (!Keywords.JSON_CAPABLE.contains(keyword) || !arguments.startsWith("[")) {
      return Optional.empty();
    }
    return JsonArray.parseStrings(arguments);
  }

  /** Parses the instruction an ONBUILD registers, as Docker does when a child image builds. */
  static Optional<Instruction> parseTrigger(Instruction onbuild) {
    String line = onbuild.arguments().strip();
    int space = firstWhitespace(line);
    String keyword = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
    if (!Keywords.ALL.contains(keyword) || Keywords.NOT_TRIGGERS.contains(keyword)) {
      return Optional.empty();
    }
    String rest = space < 0 ? "" : line.substring(space).strip();
    FlagReader.Result flagged = FlagReader.read(rest);
    return Optional.of(
        new Instruction(
            keyword,
            onbuild.line(),
            onbuild.endLine(),
            flagged.flags(),
            flagged.rest(),
            execForm(keyword, flagged.rest()),
            List.of(),
            onbuild.text()));
  }

  static int firstWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String unknownInstruction(String word) {
    String shown = printable(word);
    String suggestion = closestKeyword(word.toUpperCase(Locale.ROOT));
    return "unknown instruction '"
        + shown
        + "'"
        + (suggestion.isEmpty() ? "" : " (did you mean " + suggestion + "?)")
        + "; every line must start with an instruction such as FROM, RUN or COPY, or with # for a"
        + " comment";
  }

  /** The word as it can be shown in one line of a message: short, no control characters. */
  static String printable(String word) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < word.length() && out.length() < 40; i++) {
      char c = word.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFD') {
        out.append('?');
      } else {
        out.append(c);
      }
    }
    if (word.length() > 40) {
      out.append("...");
    }
    return out.toString();
  }

  private static String closestKeyword(String word) {
    if (word.length() > 12) {
      return "";
    }
    String best = "";
    int bestDistance = 3;
    for (String keyword : Keywords.ALL) {
      int distance = EditDistance.between(word, keyword);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = keyword;
      }
    }
    return best;
  }
}
