package dev.descent.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes descent's manual page, {@code descent.1}, in roff from picocli's model of the commands: each
 * command's synopsis, description, options and notes as {@code --help} prints them, so the two never
 * disagree. The build runs it for the self-contained image ({@code share/man/man1/descent.1}).
 */
public final class ManPage {
  /** What the page says that no command's help says: the variables and files descent reads. */
  private static final String[][] ENVIRONMENT = {
      {"DESCENT_LEARNER", "Whose progress it is, when --learner is not given (else the user name)."},
      {"DESCENT_DATA_DIR", "Where progress is saved, when --data-dir is not given."},
      {"XDG_DATA_HOME", "Progress is saved in its descent folder when neither of the above is set "
          + "(default ~/.local/share/descent)."},
      {"NO_COLOR", "When set, replies are shown without colour (they always carry a word and a symbol)."},
      {"TERM", "With TERM=dumb the course runs line by line, as with --plain."},
      {"DESCENT_COURSE", "Folders of an instructor's own lessons and exercise sets, separated by ':' (each with "
          + "lessons/ and exercises/, or lesson files directly): their lessons follow descent's own, and their sets "
          + "are found by id. The self-contained image adds its course/ folder."},
      {"DESCENT_JAVA_OPTS", "Options for the Java runtime of the self-contained image (its bin/descent never "
          + "uses a Java of the machine, JAVA_HOME or JAVA_OPTS)."}};

  private ManPage() {}

  /** Prints the page for {@code descent} to standard output. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    out.print(page(DescentCommand.tree(new Console(InputStream.nullInputStream(), false, Map.of()))
        .getCommandSpec()));
    out.flush();
  }

  /** The page in roff (the man macros), for the command tree under {@code root}. */
  static String page(CommandSpec root) {
    List<String> lines = new ArrayList<>();
    String version = Version.line();
    lines.add(".TH DESCENT 1 \"\" " + quoted(version) + " \"descent manual\"");
    // ragged right and no hyphenation: option names and file names are never split or stretched
    lines.add(".ad l");
    lines.add(".nh");
    lines.add(".SH NAME");
    String summary = root.usageMessage().description()[0];
    lines.add("descent \\- " + roff(Character.toLowerCase(summary.charAt(0)) + summary.substring(1)));
    lines.add(".SH SYNOPSIS");
    synopsis(root, lines);
    lines.add(".SH DESCRIPTION");
    paragraphs(root.usageMessage().description(), lines);
    lines.add(".SH OPTIONS");
    arguments(root, lines);
    lines.add(".SH COMMANDS");
    for (CommandLine sub : root.subcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      lines.add(".SS " + quoted("descent " + spec.name()));
      synopsis(spec, lines);
      paragraphs(spec.usageMessage().description(), lines);
      arguments(spec, lines);
      preformatted(spec.usageMessage().footer(), lines);
    }
    lines.add(".SH EXIT STATUS");
    paragraphs(root.usageMessage().footer(), lines);
    lines.add(".SH ENVIRONMENT");
    for (String[] variable : ENVIRONMENT) {
      lines.add(".TP");
      lines.add(".B " + variable[0]);
      lines.add(roff(variable[1]));
    }
    lines.add(".SH FILES");
    lines.add("The self\\-contained image holds the formats of lesson and exercise files, with the course's own "
        + "files as examples, in");
    lines.add(".IR share/doc/descent/ ,");
    lines.add("and an instructor's own lessons and exercise sets in");
    lines.add(".IR course/ .");
    return String.join("\n", lines) + "\n";
  }

  /** The command's synopsis as its help prints it, kept as laid out. */
  private static void synopsis(CommandSpec spec, List<String> lines) {
    Help help = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF));
    lines.add(".PP");
    lines.add(".nf");
    for (String line : help.synopsis(0).split("\\R")) {
      if (!line.isBlank()) {
        lines.add(roff(line.stripTrailing()));
      }
    }
    lines.add(".fi");
  }

  /** Each option and positional parameter with its description, as a tagged paragraph. */
  private static void arguments(CommandSpec spec, List<String> lines) {
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden()) {
        lines.add(".TP");
        lines.add("\\fI" + roff(p.paramLabel()) + "\\fR");
        lines.add(roff(String.join(" ", p.renderedDescription())));
      }
    }
    for (OptionSpec o : spec.options()) {
      // --help and --version are said once, on the top command
      if (!o.hidden() && (spec.parent() == null || !o.usageHelp() && !o.versionHelp())) {
        lines.add(".TP");
        String label = o.typeInfo().isBoolean() ? "" : "=\\fI" + roff(o.paramLabel()) + "\\fR";
        List<String> names = new ArrayList<>();
        for (String name : o.names()) {
          names.add("\\fB" + roff(name) + "\\fR");
        }
        lines.add(String.join(", ", names) + label);
        lines.add(roff(String.join(" ", o.renderedDescription())));
      }
    }
  }

  /** Lines of running text; an empty line starts a new paragraph. */
  private static void paragraphs(String[] text, List<String> lines) {
    lines.add(".PP");
    for (String line : text) {
      lines.add(line.isBlank() ? ".PP" : roff(line));
    }
  }

  /** Lines laid out with spaces, such as a table of optimizers, kept as they are. */
  private static void preformatted(String[] text, List<String> lines) {
    if (text.length == 0) {
      return;
    }
    lines.add(".PP");
    lines.add(".nf");
    for (String line : text) {
      if (!line.isBlank()) {
        lines.add(roff(line));
      }
    }
    lines.add(".fi");
  }

  private static String quoted(String text) {
    return "\"" + roff(text).replace("\"", "\\(dq") + "\"";
  }

  /**
   * Text made safe for roff: backslashes and minus signs escaped, a line that would start with a
   * control character guarded, and every character beyond ASCII written by its code point.
   */
  static String roff(String text) {
    StringBuilder sb = new StringBuilder();
    if (text.startsWith(".") || text.startsWith("'")) {
      sb.append("\\&");
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\\') {
        sb.append("\\e");
      } else if (c == '-') {
        sb.append("\\-");
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(' ');
      } else if (c > 0x7e) {
        sb.append(String.format(java.util.Locale.ROOT, "\\[u%04X]", c));
      } else {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }
}
