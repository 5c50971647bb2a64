package dev.stagecraft.terminal;

/** A text attribute a terminal understands, with its SGR code. */
public enum Style {
  BOLD("1"),
  DIM("2"),
  ITALIC("3"),
  UNDERLINE("4"),
  STRIKETHROUGH("9"),
  RED("31"),
  GREEN("32"),
  YELLOW("33"),
  BLUE("34"),
  MAGENTA("35"),
  CYAN("36"),
  GRAY("90");

  private final String code;

  Style(String code) {
    this.code = code;
  }

  /** The Select Graphic Rendition parameter, such as {@code 1} for bold. */
  public String code() {
    return code;
  }
}
