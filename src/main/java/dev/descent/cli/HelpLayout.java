package dev.descent.cli;

import dev.descent.render.Cells;
import dev.descent.render.Paragraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Lays out the option and command lists of {@code --help} with descent's one wrapper instead of
 * picocli's, which breaks lines at dots and colons ({@code ~/.} / {@code local/share}); the rest of
 * the help (usage line, description, footer) stays picocli's.
 */
final class HelpLayout {
  /** The help's width, as picocli's default. */
  static final int WIDTH = 80;
  /** The widest left column (names of options and commands) before descriptions start. */
  private static final int MAX_LEFT = 24;

  private HelpLayout() {}

  /** Uses this layout for {@code cl} and all its subcommands. */
  static void install(CommandLine cl) {
    Map<String, CommandLine.IHelpSectionRenderer> sections = cl.getHelpSectionMap();
    sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
    sections.put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> "");
    sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commands);
    cl.setHelpSectionMap(sections);
    for (CommandLine sub : cl.getSubcommands().values()) {
      install(sub);
    }
  }

  /** The positional parameters, then the options, each with its description wrapped beside it. */
  private static String options(Help help) {
    CommandSpec spec = help.commandSpec();
    List<String[]> rows = new ArrayList<>();
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden()) {
        rows.add(new String[] {"      " + p.paramLabel(), String.join(" ", p.description())});
      }
    }
    List<OptionSpec> options = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        options.add(o);
      }
    }
    if (spec.usageMessage().sortOptions()) {
      options.sort(Comparator.comparing(o -> o.shortestName().replaceFirst("^-+", "").toLowerCase(Locale.ROOT)));
    }
    for (OptionSpec o : options) {
      rows.add(new String[] {names(o), String.join(" ", o.description())});
    }
    return table(rows, 3);
  }

  /** The subcommands with what each does. */
  private static String commands(Help help) {
    List<String[]> rows = new ArrayList<>();
    for (Map.Entry<String, CommandLine> e : help.commandSpec().subcommands().entrySet()) {
      CommandSpec sub = e.getValue().getCommandSpec();
      if (!sub.usageMessage().hidden()) {
        String[] description = sub.usageMessage().description();
        rows.add(new String[] {"  " + e.getKey(), description.length == 0 ? "" : description[0]});
      }
    }
    return table(rows, 2);
  }

  /** {@code  -h, --help} or {@code      --data-dir=DIR}, as picocli writes an option's names. */
  private static String names(OptionSpec o) {
    List<String> shorts = new ArrayList<>();
    List<String> longs = new ArrayList<>();
    for (String n : o.names()) {
      (n.startsWith("--") ? longs : shorts).add(n);
    }
    String label = o.arity().max() > 0 && !o.typeInfo().isBoolean() ? "=" + o.paramLabel() : "";
    String first = shorts.isEmpty() ? "    " : "  " + shorts.get(0) + (longs.isEmpty() ? "" : ",");
    List<String> rest = new ArrayList<>(longs);
    rest.addAll(shorts.size() > 1 ? shorts.subList(1, shorts.size()) : List.of());
    return Cells.padRight(first, 6) + String.join(", ", rest) + label;
  }

  /** Rows of a name and a description, wrapped in a column {@code gap} spaces right of the widest name. */
  private static String table(List<String[]> rows, int gap) {
    int left = 0;
    for (String[] r : rows) {
      if (Cells.width(r[0]) <= MAX_LEFT) {
        left = Math.max(left, Cells.width(r[0]));
      }
    }
    left += gap;
    StringBuilder out = new StringBuilder();
    String indent = " ".repeat(left);
    for (String[] r : rows) {
      List<String> lines = Paragraph.wrap(r[1], WIDTH - left);
      String name = r[0];
      if (Cells.width(name) + 1 > left && !lines.isEmpty()) {
        out.append(name).append('\n');
        name = "";
      }
      for (int i = 0; i < Math.max(1, lines.size()); i++) {
        String text = i < lines.size() ? lines.get(i) : "";
        out.append(i == 0 ? Cells.padRight(name, left) : indent).append(text).append('\n');
      }
    }
    return out.toString().replaceAll(" +\n", "\n");
  }
}
