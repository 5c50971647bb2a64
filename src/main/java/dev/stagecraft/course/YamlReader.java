package dev.stagecraft.course;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads YAML into {@link YamlNode}s that remember their lines. Jackson's tree model forgets where a
 * value came from, so this walks the token stream itself.
 */
final class YamlReader {

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlReader() {}

  /**
   * Parses one YAML document.
   *
   * @param text the YAML
   * @param sourceName the file, for messages
   * @param firstLine the line of the file that {@code text} starts on (1 for a whole file; more for
   *     front matter)
   */
  static YamlNode read(String text, String sourceName, int firstLine) throws CourseException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YamlNode.Empty(firstLine);
      }
      return readValue(parser, sourceName, firstLine - 1);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + firstLine - 1;
      throw new CourseException(
          sourceName,
          line,
          "this is not valid YAML ("
              + firstLineOf(e.getOriginalMessage())
              + "). Check the indentation and quoting.",
          e);
    } catch (IOException e) {
      throw new CourseException(sourceName, 0, "could not be read: " + e.getMessage(), e);
    }
  }

  private static YamlNode readValue(JsonParser parser, String sourceName, int offset)
      throws IOException, CourseException {
    JsonToken token = parser.currentToken();
    int line = parser.currentTokenLocation().getLineNr() + offset;
    switch (token) {
      case START_OBJECT:
        return readMapping(parser, sourceName, offset, line);
      case START_ARRAY:
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(parser, sourceName, offset));
        }
        return new YamlNode.Sequence(items, line);
      case VALUE_STRING:
        return new YamlNode.Scalar(parser.getText(), line);
      case VALUE_NUMBER_INT:
        return new YamlNode.Scalar(parser.getNumberValue(), line);
      case VALUE_NUMBER_FLOAT:
        return new YamlNode.Scalar(parser.getDoubleValue(), line);
      case VALUE_TRUE:
        return new YamlNode.Scalar(Boolean.TRUE, line);
      case VALUE_FALSE:
        return new YamlNode.Scalar(Boolean.FALSE, line);
      case VALUE_NULL:
        return new YamlNode.Empty(line);
      default:
        throw new CourseException(
            sourceName,
            line,
            "unexpected YAML content (" + token + "); write plain keys, lists and values.");
    }
  }

  private static YamlNode readMapping(JsonParser parser, String sourceName, int offset, int line)
      throws IOException, CourseException {
    List<YamlNode.Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = parser.currentTokenLocation().getLineNr() + offset;
      if (!seen.add(key)) {
        throw new CourseException(
            sourceName, keyLine, "key '" + key + "' appears twice in the same block; keep one.");
      }
      parser.nextToken();
      entries.add(new YamlNode.Entry(key, keyLine, readValue(parser, sourceName, offset)));
    }
    return new YamlNode.Mapping(entries, line);
  }

  private static String firstLineOf(String message) {
    String text = message == null ? "syntax error" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }
}
