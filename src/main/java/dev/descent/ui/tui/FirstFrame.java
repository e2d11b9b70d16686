package dev.descent.ui.tui;

import dev.descent.render.Cells;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The very first frame, written with plain escape sequences before Lanterna sets the terminal up
 * (which starts a process and waits for the terminal to report its size): the learner sees the
 * lesson list itself at once instead of a blank wait. Its width is not known yet, so lines are not
 * wrapped (auto-wrap is off until descent ends) and the status and footer follow the list; Lanterna
 * then takes the same alternate screen over and draws everything in place. On a terminal that shows
 * only ASCII the text is written as its stand-ins, as {@link Canvas} draws it.
 */
final class FirstFrame {
  /** Switches to the alternate screen, clears it and turns auto-wrap off. */
  private static final String ENTER = "\u001b[?1049h\u001b[?7l\u001b[H\u001b[2J";

  private FirstFrame() {}

  /** Switches to the alternate screen and draws {@code f}: header, body, status and footer, in {@code palette}. */
  static void show(PrintStream out, Frame f, Palette palette) {
    StringBuilder sb = new StringBuilder(ENTER);
    sb.append(palette.style(Role.HEADER).ansi()).append(' ').append(Cells.shown(f.header())).append("\u001b[K\u001b[0m\r\n");
    for (Line l : f.body()) {
      line(sb, l, palette);
    }
    sb.append("\r\n");
    line(sb, f.status(), palette);
    line(sb, f.footer().line(Integer.MAX_VALUE / 2), palette);
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    out.write(bytes, 0, bytes.length);
    out.flush();
  }

  private static void line(StringBuilder sb, Line l, Palette palette) {
    sb.append(' ');
    for (Line.Span s : l.spans()) {
      sb.append(palette.style(s.role()).ansi()).append(Cells.shown(s.text()));
    }
    sb.append("\u001b[0m\r\n");
  }

  /** Gives the normal screen back, with auto-wrap on, when the text UI could not start after all. */
  static void hide(PrintStream out) {
    out.print("\u001b[?7h\u001b[?1049l");
    out.flush();
  }

  /**
   * A shutdown hook that gives the normal screen back until the text UI's own hook is in place: a class
   * and not a lambda, since the first lambda a JVM links costs several milliseconds, and
   * {@code StartupClassesIT} takes the loading of the JVM's shutdown hooks as the end of the first
   * frame's path.
   */
  static Thread restorer(PrintStream out) {
    return new Restorer(out);
  }

  private static final class Restorer extends Thread {
    private final PrintStream out;

    Restorer(PrintStream out) {
      super("descent: give the screen back");
      this.out = out;
    }

    @Override
    public void run() {
      hide(out);
    }
  }

  /** Turns auto-wrap back on, after Lanterna has left the alternate screen. */
  static void wrapOn(PrintStream out) {
    out.print("\u001b[?7h");
    out.flush();
  }
}
