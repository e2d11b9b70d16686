package dev.descent.ui.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.descent.ui.LessonMap;
import dev.descent.ui.LessonsCourse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text UI on Lanterna's virtual terminal over the real lessons, engine, checker and progress (kept in
 * the test's folder), for the learner "ann": keys go in, the screen's text comes out.
 */
final class VirtualUi {
  static final String LEARNER = "ann";

  final LessonsCourse course;
  final DefaultVirtualTerminal terminal;
  final TextUi ui;

  private VirtualUi(LessonsCourse course, int columns, int rows, boolean colour, Optional<String> lesson) {
    this.course = course;
    this.terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
    try {
      TerminalScreen screen = new TerminalScreen(terminal);
      screen.startScreen();
      this.ui = new TextUi(course, LEARNER, screen, colour);
      ui.start(lesson);
      ui.draw();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** descent started with progress under {@code data} (a new learner's first start when there is none), at 80×24. */
  static VirtualUi start(Path data) {
    return new VirtualUi(new LessonsCourse(data), 80, 24, true, Optional.empty());
  }

  /** {@code descent learn lesson} with progress under {@code data}, in colour or not, at 80×24. */
  static VirtualUi learn(Path data, String lesson, boolean colour) {
    return new VirtualUi(new LessonsCourse(data), 80, 24, colour, Optional.of(lesson));
  }

  /**
   * A learner who has been here before, opening {@code lesson} at the page of the problem (or with the title)
   * {@code where}, found by {@link LessonMap}: the page is set in the progress file first, as an earlier run
   * leaves it, so no key is needed to get there.
   */
  static VirtualUi at(Path data, String lesson, String where) {
    return at(data, lesson, where, 80, 24);
  }

  static VirtualUi at(Path data, String lesson, String where, int columns, int rows) {
    LessonsCourse.resumeAt(data, LEARNER, lesson, LessonMap.of(lesson).page(where));
    return new VirtualUi(new LessonsCourse(data), columns, rows, true, Optional.of(lesson));
  }

  /** The next run of descent on the same progress, at the lesson list. */
  VirtualUi again() {
    return new VirtualUi(new LessonsCourse(course.dataDir), 80, 24, true, Optional.empty());
  }

  /** The next run of descent on the same progress, in {@code lesson}. */
  VirtualUi again(String lesson) {
    return new VirtualUi(new LessonsCourse(course.dataDir), 80, 24, true, Optional.of(lesson));
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

  /** Types {@code text} and presses Enter. */
  VirtualUi answer(String text) {
    return type(text).keys(KeyType.Enter);
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

  /** The screen's words with every run of spaces and line breaks as one space, to find sentences that wrap. */
  String flat() {
    return screen().replaceAll("\\s+", " ");
  }

  /** The status line, just above the footer. */
  String status() {
    List<String> rows = rows();
    return rows.get(rows.size() - 2).strip();
  }

  /** The lines of the question whose header starts with {@code label}, up to the next question or the end. */
  String question(String label) {
    String s = screen();
    int from = s.indexOf(label);
    if (from < 0) {
      throw new AssertionError("'" + label + "' is not on the screen:\n" + s);
    }
    int to = s.indexOf("Question ", from + label.length());
    return s.substring(from, to < 0 ? s.length() : to);
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
