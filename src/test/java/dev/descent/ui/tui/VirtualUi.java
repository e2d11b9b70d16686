package dev.descent.ui.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.descent.ui.FakeCourse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The text UI on Lanterna's virtual terminal: keys go in, the screen's text comes out. */
final class VirtualUi {
  final FakeCourse course;
  final DefaultVirtualTerminal terminal;
  final TextUi ui;

  private VirtualUi(FakeCourse course, int columns, int rows, boolean colour, Optional<String> lesson) {
    this.course = course;
    this.terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
    try {
      TerminalScreen screen = new TerminalScreen(terminal);
      screen.startScreen();
      this.ui = new TextUi(course, "ann", screen, colour);
      ui.start(lesson);
      ui.draw();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lesson list at 80×24, in colour. */
  static VirtualUi started() {
    return new VirtualUi(new FakeCourse(), 80, 24, true, Optional.empty());
  }

  /** Another run on the same course, as when the learner starts descent again. */
  static VirtualUi again(FakeCourse course) {
    return new VirtualUi(course, 80, 24, true, Optional.empty());
  }

  static VirtualUi inLesson(String id, boolean colour) {
    return new VirtualUi(new FakeCourse(), 80, 24, colour, Optional.of(id));
  }

  /** Lesson 1 at its page of one number and one choice question, at 80×24. */
  static VirtualUi atQuestions() {
    return inLesson("update-rule", true).keys(KeyType.ArrowRight, KeyType.ArrowRight);
  }

  VirtualUi keys(KeyType... types) {
    for (KeyType t : types) {
      press(new KeyStroke(t));
    }
    return this;
  }

  /** Types each character as a key. */
  VirtualUi type(String text) {
    for (char c : text.toCharArray()) {
      press(new KeyStroke(c, false, false));
    }
    return this;
  }

  VirtualUi ctrl(char c) {
    press(new KeyStroke(c, true, false));
    return this;
  }

  VirtualUi resize(int columns, int rows) {
    terminal.setTerminalSize(new TerminalSize(columns, rows));
    draw();
    return this;
  }

  private void press(KeyStroke k) {
    ui.press(k);
    if (!ui.done()) {
      draw();
    }
  }

  private void draw() {
    try {
      ui.draw();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every row of the screen as text. */
  List<String> rows() {
    TerminalSize size = terminal.getTerminalSize();
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < size.getRows(); r++) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < size.getColumns(); c++) {
        sb.append(terminal.getCharacter(c, r).getCharacterString());
      }
      rows.add(sb.toString());
    }
    return rows;
  }

  /** The screen as one text, rows joined by newlines, trailing spaces removed. */
  String screen() {
    StringBuilder sb = new StringBuilder();
    for (String r : rows()) {
      sb.append(r.stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  /** The character cell where {@code text} first shows on screen. */
  TextCharacter cellOf(String text) {
    List<String> rows = rows();
    for (int r = 0; r < rows.size(); r++) {
      int c = rows.get(r).indexOf(text);
      if (c >= 0) {
        return terminal.getCharacter(c, r);
      }
    }
    throw new AssertionError("'" + text + "' is not on the screen:\n" + screen());
  }
}
