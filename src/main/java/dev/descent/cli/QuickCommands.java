package dev.descent.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the quick commands ({@code --version}, {@code trace}, {@code hessian}, {@code check},
 * {@code grade}) without building picocli's model, which on its own takes longer than starting the
 * JVM. Only well-formed command
 * lines take this path: anything unusual (help, an unknown option, a value that does not parse)
 * goes to picocli, which stays the one source of help and usage messages. A test checks that both
 * paths know the same options and print the same.
 */
final class QuickCommands {
  /** Returned when the command line is left to picocli. */
  static final int NOT_HANDLED = -1;

  /** Sets one option on a command; false when the command has no such option. */
  @FunctionalInterface
  private interface Setter<C> {
    boolean set(C command, String name, String value);
  }

  private static final Set<String> TRACE_FLAGS = Set.of("--state", "--plot");

  // Plain switches rather than a table of lambdas: each lambda costs a little at start-up.
  private static boolean trace(TraceCommand c, String name, String v) {
    switch (name) {
      case "--f", "-f", "--function" -> c.function = v;
      case "--start" -> c.start.add(v);
      case "--eta" -> c.eta = v;
      case "--steps" -> c.steps = Integer.parseInt(v);
      case "--optimizer" -> c.optimizer = v;
      case "--beta" -> c.beta = v;
      case "--beta1" -> c.beta1 = v;
      case "--beta2" -> c.beta2 = v;
      case "--eps" -> c.eps = v;
      case "--mu" -> c.mu = v;
      case "--weight-decay" -> c.weightDecay = v;
      case "--clip" -> c.clip = v;
      case "--schedule" -> c.schedule = v;
      case "--every" -> c.every = Integer.parseInt(v);
      case "--digits" -> c.digits = Integer.parseInt(v);
      case "--format" -> c.format = OutputFormat.valueOf(v.toLowerCase(Locale.ROOT));
      default -> {
        return false;
      }
    }
    return true;
  }

  private static boolean hessian(HessianCommand c, String name, String v) {
    switch (name) {
      case "--f", "-f", "--function" -> c.function = v;
      case "--at" -> c.at.add(v);
      case "--digits" -> c.digits = Integer.parseInt(v);
      case "--format" -> c.format = OutputFormat.valueOf(v.toLowerCase(Locale.ROOT));
      default -> {
        return false;
      }
    }
    return true;
  }

  private static boolean check(CheckCommand c, String name, String v) {
    switch (name) {
      case "--student" -> c.student = v;
      case "--format" -> c.format = CheckCommand.Format.valueOf(v.toLowerCase(Locale.ROOT));
      case "--course" -> c.course.add(java.nio.file.Path.of(v));
      default -> {
        return false;
      }
    }
    return true;
  }

  private static boolean grade(GradeCommand c, String name, String v) {
    switch (name) {
      case "--csv" -> c.csv = v;
      case "--report" -> c.report = v;
      case "--into" -> c.into = java.nio.file.Path.of(v);
      case "--column" -> c.column = v;
      case "--match" -> c.match = v;
      case "--course" -> c.course.add(java.nio.file.Path.of(v));
      default -> {
        return false;
      }
    }
    return true;
  }

  private QuickCommands() {}

  /** The exit code, or {@link #NOT_HANDLED}. */
  static int run(String[] args, PrintWriter out) throws IOException {
    return run(args, out, new PrintWriter(java.io.Writer.nullWriter()), java.io.InputStream.nullInputStream());
  }

  /** The exit code, or {@link #NOT_HANDLED}; {@code err} and {@code in} serve {@code check}. */
  static int run(String[] args, PrintWriter out, PrintWriter err, java.io.InputStream in) throws IOException {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      out.println(Version.line());
      return Main.OK;
    }
    if (args.length < 2) {
      return NOT_HANDLED;
    }
    if (args[0].equals("trace")) {
      TraceCommand c = traceDefaults();
      if (!parse(args, c, QuickCommands::trace, TRACE_FLAGS) || c.function == null || c.start.isEmpty() || c.eta == null) {
        return NOT_HANDLED;
      }
      return c.run(out);
    }
    if (args[0].equals("hessian")) {
      HessianCommand c = new HessianCommand();
      c.digits = 10;
      c.format = OutputFormat.table;
      if (!parse(args, c, QuickCommands::hessian, Set.of()) || c.function == null || c.at.isEmpty()) {
        return NOT_HANDLED;
      }
      return c.run(out);
    }
    if (args[0].equals("check")) {
      CheckCommand c = new CheckCommand();
      c.format = CheckCommand.Format.text;
      java.util.List<String> files = new java.util.ArrayList<>();
      String[] rest = withoutPositionals(args, files);
      if (files.size() != 1 || !parse(rest, c, QuickCommands::check, Set.of())) {
        return NOT_HANDLED;
      }
      c.answers = files.get(0);
      return c.run(out, err, in);
    }
    if (args[0].equals("grade")) {
      // picocli's model of grade alone took ~85 ms of a class's grading (the whole run for 30 files ~0.3 s)
      GradeCommand c = new GradeCommand();
      java.util.List<String> operands = new java.util.ArrayList<>();
      String[] rest = withoutPositionals(args, operands);
      if (operands.size() != 2 || !parse(rest, c, QuickCommands::grade, Set.of())) {
        return NOT_HANDLED;
      }
      try {
        c.dir = java.nio.file.Path.of(operands.get(1));
      } catch (IllegalArgumentException e) {
        return NOT_HANDLED; // picocli says what is wrong with the name
      }
      c.set = operands.get(0);
      return c.run(out, err);
    }
    return NOT_HANDLED;
  }

  /**
   * The command line without its positional arguments, which go to {@code positionals} in order: a word
   * that starts with - is an option, and takes the next word as its value unless it holds an = sign.
   */
  private static String[] withoutPositionals(String[] args, java.util.List<String> positionals) {
    java.util.List<String> rest = new java.util.ArrayList<>();
    rest.add(args[0]);
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("-") && !a.equals("-")) {
        rest.add(a);
        if (!a.contains("=") && i + 1 < args.length) {
          rest.add(args[++i]);
        }
      } else {
        positionals.add(a);
      }
    }
    return rest.toArray(new String[0]);
  }

  /** A trace command with the defaults its picocli options declare. */
  static TraceCommand traceDefaults() {
    TraceCommand c = new TraceCommand();
    c.steps = 10;
    c.optimizer = "gd";
    c.schedule = "constant";
    c.every = 1;
    c.digits = 10;
    c.format = OutputFormat.table;
    return c;
  }

  /** Sets the options of {@code args[1..]} on {@code command}; false when anything is unusual. */
  private static <C> boolean parse(String[] args, C command, Setter<C> options, Set<String> flags) {
    Set<String> seen = new java.util.HashSet<>();
    try {
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        int eq = a.indexOf('=');
        String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
        if (flags.contains(name) && eq < 0) {
          if (!seen.add(name)) {
            return false;
          }
          setFlag(command, name);
          continue;
        }
        String value;
        if (eq > 0 && a.startsWith("--")) {
          value = a.substring(eq + 1);
        } else if (i + 1 < args.length && name.startsWith("-")) {
          value = args[++i];
        } else {
          return false;
        }
        if (value.startsWith("--")) {
          return false; // an option where a value should be: picocli says so
        }
        boolean repeatable = name.equals("--start") || name.equals("--at") || name.equals("--course");
        if (!repeatable && !seen.add(canonical(name))) {
          return false;
        }
        if (!options.set(command, name, value)) {
          return false;
        }
      }
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String canonical(String name) {
    return name.equals("-f") || name.equals("--function") ? "--f" : name;
  }

  private static void setFlag(Object command, String name) {
    TraceCommand c = (TraceCommand) command;
    if (name.equals("--state")) {
      c.state = true;
    } else {
      c.plot = true;
    }
  }
}
