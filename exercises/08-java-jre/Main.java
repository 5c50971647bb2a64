package app;

/** Prints a greeting and the Java runtime it runs on. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Greeter greeter = new Greeter(args.length > 0 ? args[0] : "stagecraft");
    System.out.println(greeter.greeting());
    System.out.println(
        "Java " + Runtime.version() + " from " + System.getProperty("java.home")
            + ", running as " + System.getProperty("user.name"));
  }
}
