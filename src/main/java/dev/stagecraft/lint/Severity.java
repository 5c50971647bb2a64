package dev.stagecraft.lint;

/** How much a finding matters. Only errors make {@code stagecraft lint} fail. */
public enum Severity {
  /** The build fails or does something clearly wrong. */
  ERROR,
  /** The build works but the image is larger, slower to rebuild or less safe than it should be. */
  WARNING,
  /** A habit worth knowing about; often a matter of taste. */
  INFO;

  /** Lower-case name, as used in output. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
