package dev.descent.ui.tui;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The very first frame, written with two plain escape sequences before Lanterna sets the terminal
 * up (which starts a process and waits for the terminal to report its size): the learner sees
 * descent's title at once instead of a blank wait. Lanterna then takes the same alternate screen
 * over and draws everything again.
 */
final class FirstFrame {
  private FirstFrame() {}

  /** Switches to the alternate screen and writes the title. */
  static void show(PrintStream out) {
    String frame = "\u001b[?1049h\u001b[H\u001b[2J descent \u00b7 a course in gradient descent\r\n\r\n Starting\u2026";
    out.write(frame.getBytes(StandardCharsets.UTF_8), 0, frame.getBytes(StandardCharsets.UTF_8).length);
    out.flush();
  }

  /** Gives the normal screen back, when the text UI could not start after all. */
  static void hide(PrintStream out) {
    out.print("\u001b[?1049l");
    out.flush();
  }
}
