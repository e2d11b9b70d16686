package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;

/**
 * The keys that edit the marked question's answer: printable keys type (in a table a space or a comma
 * goes on to the next cell, as the numbers of a row are typed), the arrows, Home and End move, Backspace,
 * Delete and the shell's Ctrl-U, Ctrl-K and Ctrl-W remove, Ctrl-A and Ctrl-E go to the start and end.
 */
final class FieldKeys {
  private final LessonView view;

  FieldKeys(LessonView view) {
    this.view = view;
  }

  void handle(KeyStroke k, QuestionState s) {
    AnswerField f = s.editing();
    switch (k.getKeyType()) {
      case Tab -> view.nextField(1);
      case ReverseTab -> view.nextField(-1);
      case Backspace -> f.backspace();
      case Delete -> f.delete();
      case Home -> f.home();
      case End -> f.end();
      case ArrowLeft -> sideways(s, -1);
      case ArrowRight -> sideways(s, 1);
      case ArrowUp -> vertical(s, -1);
      case ArrowDown -> vertical(s, 1);
      case Character -> character(k, s);
      default -> { }
    }
  }

  private void character(KeyStroke k, QuestionState s) {
    AnswerField f = s.editing();
    char c = k.getCharacter();
    if (k.isCtrlDown()) {
      switch (Character.toLowerCase(c)) {
        case 'a' -> f.home();
        case 'e' -> f.end();
        case 'u' -> f.killToStart();
        case 'k' -> f.killToEnd();
        case 'w' -> f.killWord();
        default -> view.tell("Ctrl-" + Character.toUpperCase(c) + " does nothing here: ^G shows every key.");
      }
    } else if (k.isAltDown()) {
      // The terminal sent Esc and the character close together: both were typed, so neither is dropped.
      f.end();
      f.insert(c);
    } else if (s.isTable() && (c == ' ' || c == ',')) {
      nextCell(s);
    } else {
      f.insert(c);
    }
  }

  /** A space or a comma after a number in a table cell: the next number goes in the next cell. */
  private void nextCell(QuestionState s) {
    if (s.grid.current().text().isBlank()) {
      return;
    }
    if (s.grid.next()) {
      s.grid.current().selectAll();
    } else {
      view.tell("That was the table's last cell: Enter checks the table.");
    }
  }

  private void sideways(QuestionState s, int dir) {
    if (!s.editing().move(dir) && s.isTable()) {
      int column = s.grid.column();
      s.grid.move(0, dir);
      if (s.grid.column() != column) {
        if (dir > 0) {
          s.grid.current().home();
        } else {
          s.grid.current().end();
        }
      }
    }
  }

  private void vertical(QuestionState s, int dir) {
    if (s.isTable()) {
      int row = s.grid.row();
      s.grid.move(dir, 0);
      if (s.grid.row() != row) {
        s.grid.current().selectAll();
        return;
      }
    }
    view.nextQuestion(dir);
  }
}
