package dev.descent.ui.tui;

import dev.descent.render.Cells;
import java.util.ArrayList;
import java.util.List;

/** The bottom line: the mode in capitals, then keys and what they do, as many as fit, the essential ones always. */
record Footer(String mode, List<Item> items) {

  /** A key, what it does, and whether it must show even when the window is narrow. */
  record Item(String key, String does, boolean essential) {
    int length() {
      return Cells.width(key) + 1 + Cells.width(does);
    }
  }

  Footer {
    items = List.copyOf(items);
  }

  static Item key(String key, String does) {
    return new Item(key, does, false);
  }

  static Item essential(String key, String does) {
    return new Item(key, does, true);
  }

  /** The footer as a line no wider than {@code width}. */
  Line line(int width) {
    List<Item> shown = new ArrayList<>(items);
    while (length(shown) > width && shown.stream().anyMatch(i -> !i.essential())) {
      for (int i = shown.size() - 1; i >= 0; i--) {
        if (!shown.get(i).essential()) {
          shown.remove(i);
          break;
        }
      }
    }
    Line l = mode.isEmpty() ? Line.EMPTY : Line.of(" " + mode + " ", Role.SELECTED).plus(" ", Role.NORMAL);
    for (int i = 0; i < shown.size(); i++) {
      l = l.plus(shown.get(i).key(), Role.KEY).plus(" " + shown.get(i).does() + (i + 1 < shown.size() ? "  " : ""),
          Role.NORMAL);
    }
    return l;
  }

  private int length(List<Item> shown) {
    int n = mode.isEmpty() ? 0 : Cells.width(mode) + 3;
    for (Item i : shown) {
      n += i.length() + 2;
    }
    return n - 2;
  }
}
