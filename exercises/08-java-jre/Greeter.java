package app;

/** Builds the greeting; a second class so that the jar holds more than one. */
record Greeter(String name) {
  String greeting() {
    return name + ": hello from a jar on a JRE";
  }
}
