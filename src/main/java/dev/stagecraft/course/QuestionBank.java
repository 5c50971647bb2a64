package dev.stagecraft.course;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The course's question bank, {@code lessons/questions.yaml}: interview-style questions for a quiz,
 * each tied to a topic of the course. The format is described in docs/question-bank.md. It is read
 * apart from {@link Course#load(Path)}, so a course loads whether or not it has a bank.
 */
public final class QuestionBank {

  /** Where the bank lives, relative to the course home. */
  public static final String FILE = "lessons/questions.yaml";

  private static final String DOC = "docs/question-bank.md";
  private static final List<String> TOP_KEYS = List.of("questions");
  private static final List<String> QUESTION_KEYS =
      List.of(
          "id",
          "topic",
          "kind",
          "prompt",
          "choices",
          "answer",
          "keywords",
          "minKeywords",
          "explanation");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final int MAX_CHOICES = 6;
  private static final String EXAMPLE =
      "questions:\n"
          + "  - id: only-last-stage\n"
          + "    topic: 2\n"
          + "    kind: multiple-choice\n"
          + "    prompt: Which stage becomes the image?\n"
          + "    choices: [the first, the last]\n"
          + "    answer: b\n"
          + "    explanation: Only the last stage ships.";

  private final List<Question> questions;

  private QuestionBank(List<Question> questions) {
    this.questions = List.copyOf(questions);
  }

  /**
   * Reads the bank of the course at {@code home}.
   *
   * @throws CourseException naming the file, line and key at fault when the bank is malformed or
   *     missing
   */
  public static QuestionBank load(Path home) throws CourseException {
    Path root = home.toAbsolutePath().normalize();
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new CourseException(FILE, 0, "is missing. Write one as " + DOC + " describes.");
    }
    try {
      CoursePaths.requireInside(root, file, "course folder " + root);
    } catch (CoursePaths.Escape e) {
      throw new CourseException(FILE, 0, e.getMessage() + ".");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new CourseException(FILE, 0, "is not UTF-8 text; save it as UTF-8.", e);
    } catch (IOException e) {
      throw new CourseException(FILE, 0, "could not be read: " + e.getMessage(), e);
    }
    return parse(text, FILE);
  }

  /**
   * Reads a bank from its text.
   *
   * @param yaml the YAML of the bank
   * @param sourceName the file, for messages
   * @throws CourseException naming the file, line and key at fault
   */
  public static QuestionBank parse(String yaml, String sourceName) throws CourseException {
    YamlNode root = YamlReader.read(yaml, sourceName, 1);
    if (root instanceof YamlNode.Empty) {
      throw new CourseException(
          sourceName, 0, "is empty. Start it like this (see " + DOC + "):\n" + EXAMPLE);
    }
    YamlFields top =
        new YamlFields(
            YamlFields.requireMapping(root, sourceName, "the question bank"),
            sourceName,
            "the question bank");
    top.rejectUnknownKeys(Set.copyOf(TOP_KEYS), TOP_KEYS);
    YamlNode.Sequence list = top.requiredList("questions", EXAMPLE);
    if (list.items().isEmpty()) {
      throw new CourseException(
          sourceName, list.line(), "'questions' is empty; a bank needs at least one question.");
    }
    List<Question> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (YamlNode item : list.items()) {
      Question question = question(item, out.size() + 1, sourceName);
      Integer earlier = seen.putIfAbsent(question.id(), question.line());
      if (earlier != null) {
        throw new CourseException(
            sourceName,
            question.line(),
            "key 'id': '"
                + question.id()
                + "' is already the id of the question at line "
                + earlier
                + "; give each question its own id.");
      }
      out.add(question);
    }
    return new QuestionBank(out);
  }

  /** Every question, in file order. */
  public List<Question> questions() {
    return questions;
  }

  /** The questions of one topic (the lesson with that number), in file order. */
  public List<Question> forTopic(int topic) {
    return questions.stream().filter(q -> q.topic() == topic).toList();
  }

  /** The question with this id. */
  public Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  private static Question question(YamlNode item, int number, String sourceName)
      throws CourseException {
    YamlNode.Mapping mapping =
        YamlFields.requireMapping(item, sourceName, "question number " + number);
    String where = "question number " + number;
    Optional<YamlNode.Entry> idEntry = mapping.entry("id");
    if (idEntry.isPresent()
        && idEntry.get().value() instanceof YamlNode.Scalar scalar
        && !scalar.text().isBlank()) {
      where = "question '" + scalar.text().strip() + "'";
    }
    YamlFields fields = new YamlFields(mapping, sourceName, where);
    fields.rejectUnknownKeys(Set.copyOf(QUESTION_KEYS), QUESTION_KEYS);
    String id = fields.requiredText("id");
    if (!ID.matcher(id).matches()) {
      throw problem(
          sourceName,
          idEntry.orElseThrow(),
          where,
          "must be lower-case words joined by dashes (for example copy-by-index)");
    }
    int topic = topic(mapping, fields, sourceName, where);
    Question.Kind kind = kind(mapping, fields, sourceName, where);
    String prompt = fields.requiredText("prompt");
    String explanation = fields.requiredText("explanation");
    if (kind == Question.Kind.MULTIPLE_CHOICE) {
      forbid(mapping, sourceName, where, "keywords", "a multiple-choice question");
      forbid(mapping, sourceName, where, "minKeywords", "a multiple-choice question");
      List<String> choices = choices(mapping, fields, sourceName, where);
      int answer = answer(mapping, sourceName, where, choices.size());
      return new Question(
          id,
          topic,
          kind,
          prompt,
          choices,
          OptionalInt.of(answer),
          List.of(),
          0,
          explanation,
          sourceName,
          mapping.line());
    }
    forbid(mapping, sourceName, where, "choices", "a short-answer question");
    forbid(mapping, sourceName, where, "answer", "a short-answer question");
    rejectBooleans(mapping, sourceName, where, "keywords");
    List<String> keywords = fields.textList("keywords");
    if (keywords.isEmpty()) {
      throw new CourseException(
          sourceName,
          mapping.entry("keywords").map(YamlNode.Entry::line).orElse(mapping.line()),
          "key 'keywords' of "
              + where
              + " must list the words an accepted answer mentions, for example"
              + " 'keywords: [attack surface, smaller]'.");
    }
    if (Set.copyOf(keywords).size() != keywords.size()) {
      throw problem(
          sourceName, mapping.entry("keywords").orElseThrow(), where, "lists a keyword twice");
    }
    int minKeywords = minKeywords(mapping, sourceName, where, keywords.size());
    return new Question(
        id,
        topic,
        kind,
        prompt,
        List.of(),
        OptionalInt.empty(),
        keywords,
        minKeywords,
        explanation,
        sourceName,
        mapping.line());
  }

  private static int topic(
      YamlNode.Mapping mapping, YamlFields fields, String sourceName, String where)
      throws CourseException {
    fields.requiredText("topic");
    YamlNode.Entry entry = mapping.entry("topic").orElseThrow();
    if (entry.value() instanceof YamlNode.Scalar scalar
        && scalar.value() instanceof Integer value
        && value >= 1) {
      return value;
    }
    throw problem(
        sourceName, entry, where, "must be the number of a lesson, 1 or more (for example 2)");
  }

  private static Question.Kind kind(
      YamlNode.Mapping mapping, YamlFields fields, String sourceName, String where)
      throws CourseException {
    String kind = fields.requiredText("kind");
    return switch (kind) {
      case "multiple-choice" -> Question.Kind.MULTIPLE_CHOICE;
      case "short-answer" -> Question.Kind.SHORT_ANSWER;
      default ->
          throw problem(
              sourceName,
              mapping.entry("kind").orElseThrow(),
              where,
              "must be multiple-choice or short-answer, not '" + kind + "'");
    };
  }

  private static List<String> choices(
      YamlNode.Mapping mapping, YamlFields fields, String sourceName, String where)
      throws CourseException {
    if (mapping.entry("choices").isEmpty()) {
      throw new CourseException(
          sourceName,
          mapping.line(),
          "missing key 'choices' in "
              + where
              + ". A multiple-choice question lists 2 to "
              + MAX_CHOICES
              + " choices, for example 'choices: [the first, the last]'.");
    }
    rejectBooleans(mapping, sourceName, where, "choices");
    List<String> choices = fields.textList("choices");
    YamlNode.Entry entry = mapping.entry("choices").orElseThrow();
    if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
      throw problem(
          sourceName,
          entry,
          where,
          "must list 2 to " + MAX_CHOICES + " choices, but it lists " + choices.size());
    }
    if (Set.copyOf(choices).size() != choices.size()) {
      throw problem(sourceName, entry, where, "lists the same choice twice");
    }
    return choices;
  }

  private static int answer(YamlNode.Mapping mapping, String sourceName, String where, int count)
      throws CourseException {
    char last = (char) ('a' + count - 1);
    String letters = "a letter from a to " + last + " (the first choice is a)";
    Optional<YamlNode.Entry> entry = mapping.entry("answer");
    if (entry.isEmpty()) {
      throw new CourseException(
          sourceName,
          mapping.line(),
          "missing key 'answer' in " + where + ". Add 'answer: ' and " + letters + ".");
    }
    if (entry.get().value() instanceof YamlNode.Scalar scalar
        && scalar.value() instanceof String text
        && text.strip().length() == 1) {
      int index = text.strip().charAt(0) - 'a';
      if (index >= 0 && index < count) {
        return index;
      }
    }
    throw problem(sourceName, entry.get(), where, "must be " + letters);
  }

  private static int minKeywords(
      YamlNode.Mapping mapping, String sourceName, String where, int count) throws CourseException {
    Optional<YamlNode.Entry> entry = mapping.entry("minKeywords");
    if (entry.isEmpty()) {
      return 1;
    }
    if (entry.get().value() instanceof YamlNode.Scalar scalar
        && scalar.value() instanceof Integer value
        && value >= 1
        && value <= count) {
      return value;
    }
    throw problem(
        sourceName,
        entry.get(),
        where,
        "must be a number from 1 to " + count + " (how many of the keywords an answer mentions)");
  }

  /** YAML reads a bare yes, no, on or off as true/false; a quiz would show "true". */
  private static void rejectBooleans(
      YamlNode.Mapping mapping, String sourceName, String where, String key)
      throws CourseException {
    Optional<YamlNode.Entry> entry = mapping.entry(key);
    if (entry.isPresent() && entry.get().value() instanceof YamlNode.Sequence list) {
      for (YamlNode item : list.items()) {
        if (item instanceof YamlNode.Scalar scalar && scalar.value() instanceof Boolean) {
          throw new CourseException(
              sourceName,
              item.line(),
              "an item of '"
                  + key
                  + "' in "
                  + where
                  + " reads as true/false; put words such as yes, no, on and off in quotes.");
        }
      }
    }
  }

  private static void forbid(
      YamlNode.Mapping mapping, String sourceName, String where, String key, String what)
      throws CourseException {
    Optional<YamlNode.Entry> entry = mapping.entry(key);
    if (entry.isPresent()) {
      throw new CourseException(
          sourceName,
          entry.get().line(),
          "key '" + key + "' of " + where + " does not belong to " + what + "; remove it.");
    }
  }

  private static CourseException problem(
      String sourceName, YamlNode.Entry entry, String where, String what) {
    return new CourseException(
        sourceName, entry.line(), "key '" + entry.key() + "' of " + where + " " + what + ".");
  }
}
