package dev.descent.ui.plain;

import dev.descent.render.Cells;
import dev.descent.render.Paragraph;
import dev.descent.ui.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Prints lines and prompts, and reads the learner's lines; the end of input reads as empty. On a
 * terminal, prose is wrapped at word boundaries to the terminal's width (formulas kept whole); for a
 * pipe or a screen reader ({@code width} 0) every line is printed whole. A line longer than {@link
 * #MAX_LINE} characters is not kept (whatever arrives on standard input, memory stays bounded): the
 * learner is told and asked again.
 */
final class Prompter {
  /** The longest line read, in characters; an answer is at most 2,000, a table row a few hundred. */
  static final int MAX_LINE = 10_000;

  private final BufferedReader in;
  private final PrintWriter out;
  private final int width;
  private List<String> guide = List.of();
  private Supplier<List<String>> notices = List::of;
  private java.util.function.Predicate<String> own = line -> false;

  Prompter(BufferedReader in, PrintWriter out, int width) {
    this.in = in;
    this.out = out;
    this.width = width;
  }

  /** The width prose is wrapped to, or 0 for whole lines. */
  int width() {
    return width;
  }

  /** Where the notices come from that are printed before each prompt (such as progress not saved). */
  void notices(Supplier<List<String>> source) {
    this.notices = source;
  }

  /**
   * Lines that {@code handler} takes care of itself (returning true), such as a preview's {@code :key}: they are
   * not answers, and the prompt is shown again after them.
   */
  void intercept(java.util.function.Predicate<String> handler) {
    this.own = handler;
  }

  /** Prints prose, wrapped to the width with its indent kept when there is one. */
  void say(String line) {
    if (width <= 0 || Cells.width(line) <= width) {
      out.println(line);
      return;
    }
    int indent = line.length() - line.stripLeading().length();
    for (String l : Paragraph.indented(line.strip(), Math.min(indent, width / 2), width)) {
      out.println(l);
    }
  }

  /** Prints a line as it is: a formula, a table row or a line of a figure. */
  void verbatim(String line) {
    out.println(line);
  }

  void blank() {
    out.println();
  }

  /** Shows {@code prompt} and reads a line, or empty at the end of input. */
  Optional<String> ask(String prompt) {
    for (String n : notices.get()) {
      say("Note: " + Text.clean(n));
    }
    while (true) {
      out.print(prompt);
      out.flush();
      try {
        long[] length = {0};
        String line = readLine(length);
        if (line == null && length[0] == 0) {
          out.println();
          return Optional.empty();
        }
        if (line != null && own.test(line)) {
          continue;
        }
        if (line != null) {
          return Optional.of(line);
        }
        out.println();
        say("That line was " + String.format(java.util.Locale.ROOT, "%,d", length[0]) + " characters long; "
            + "the limit is " + String.format(java.util.Locale.ROOT, "%,d", MAX_LINE) + ", so it was left out.");
      } catch (IOException e) {
        throw new UncheckedIOException("could not read standard input", e);
      }
    }
  }

  /**
   * The next line without its end (LF, CR LF or CR); null at the end of input, or when the line was
   * longer than {@link #MAX_LINE}: then it is read to its end and dropped, and {@code length[0]} says
   * how long it was.
   */
  private String readLine(long[] length) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n' || c == '\r') {
        if (c == '\r') {
          in.mark(1);
          if (in.read() != '\n') {
            in.reset();
          }
        }
        return length[0] > MAX_LINE ? null : line.toString();
      }
      length[0]++;
      if (length[0] <= MAX_LINE) {
        line.append((char) c);
      }
    }
    if (length[0] == 0 || length[0] > MAX_LINE) {
      return null;
    }
    return line.toString();
  }

  /** Sets what {@link #commands} says first: how plain mode works, for this learner. */
  void guide(List<String> lines) {
    guide = List.copyOf(lines);
  }

  /** How plain mode works, then every command with its meaning, one per line. */
  void commands() {
    for (String line : guide) {
      say(line);
    }
    say("Commands, typed alone on a line:");
    for (Command c : Command.values()) {
      say("  " + c.typed() + "  " + c.meaning());
    }
  }

  void flush() {
    out.flush();
  }
}
