package dev.stagecraft.dockerfile;

import java.util.Objects;

/**
 * A here-document attached to a RUN, COPY or ADD instruction.
 *
 * @param delimiter the word that ends the body, without quotes
 * @param body the lines between the instruction and the delimiter, each ending in a newline
 * @param stripTabs true for {@code <<-EOF}: leading tabs are removed from every body line
 * @param quoted true when the delimiter was quoted, so the body is not expanded
 */
public record Heredoc(String delimiter, String body, boolean stripTabs, boolean quoted) {
  public Heredoc {
    Objects.requireNonNull(delimiter, "delimiter");
    Objects.requireNonNull(body, "body");
  }
}
