package dev.descent.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.descent.render.Cells;

/**
 * A virtual terminal that places what it is sent the way tmux and xterm do, code point by code
 * point: a combining mark joins the cell before the cursor without moving it, a wide character
 * takes two cells, and writing over half of a wide character blanks its other half. Lanterna's
 * own {@link DefaultVirtualTerminal} splits text into clusters before placing it and counts every
 * cluster of more than one {@code char} two cells wide, so it cannot show what a learner's terminal
 * shows; this one keeps its own cells and is read back with {@link #row}.
 */
final class CellTerminal extends DefaultVirtualTerminal {
  /** What each cell holds: a cluster, "" for the right half of a wide character, null for blank. */
  private String[][] cells;
  private char pendingHigh;
  private int cursorRow;
  private int cursorColumn;

  CellTerminal(int columns, int rows) {
    super(new TerminalSize(columns, rows));
    cells = new String[rows][columns];
  }

  @Override
  public synchronized void setTerminalSize(TerminalSize size) {
    String[][] resized = new String[size.getRows()][size.getColumns()];
    for (int r = 0; r < Math.min(cells.length, resized.length); r++) {
      System.arraycopy(cells[r], 0, resized[r], 0, Math.min(cells[r].length, resized[r].length));
    }
    cells = resized;
    super.setTerminalSize(size);
  }

  @Override
  public synchronized void clearScreen() {
    cells = new String[cells.length][cells.length == 0 ? 0 : cells[0].length];
    super.clearScreen();
  }

  @Override
  public synchronized void enterPrivateMode() {
    clearScreen();
    super.enterPrivateMode();
  }

  @Override
  public synchronized void setCursorPosition(TerminalPosition p) {
    cursorRow = p.getRow();
    cursorColumn = p.getColumn();
    super.setCursorPosition(p);
  }

  @Override
  public synchronized void putCharacter(char c) {
    if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
      return;
    }
    if (Character.isLowSurrogate(c) && pendingHigh != 0) {
      put(Character.toCodePoint(pendingHigh, c));
      pendingHigh = 0;
      return;
    }
    put(c);
  }

  @Override
  public synchronized void putString(String s) {
    s.codePoints().forEach(this::put);
  }

  /** The text of screen row {@code r} from column {@code from} to before {@code to}, blanks as spaces. */
  synchronized String row(int r, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int c = from; c < Math.min(to, cells[r].length); c++) {
      sb.append(cells[r][c] == null ? " " : cells[r][c]);
    }
    return sb.toString();
  }

  /** The whole screen, one line per row, trailing blanks removed. */
  synchronized String screen() {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < cells.length; r++) {
      sb.append(row(r, 0, cells[r].length).stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  private void put(int cp) {
    if (cp == '\n' || cp == '\r' || Character.isISOControl(cp)) {
      return;
    }
    int row = cursorRow;
    int col = cursorColumn;
    if (row < 0 || row >= cells.length || col < 0) {
      return;
    }
    String text = new String(Character.toChars(cp));
    int type = Character.getType(cp);
    boolean combining = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200D;
    if (combining && col > 0) {
      int base = col - 1;
      if ("".equals(cells[row][base]) && base > 0) {
        base--;
      }
      cells[row][base] = (cells[row][base] == null ? " " : cells[row][base]) + text;
      return;
    }
    int width = Cells.width(text);
    if (width == 0 || col >= cells[row].length) {
      return;
    }
    blankHalves(row, col);
    cells[row][col] = text;
    if (width == 2 && col + 1 < cells[row].length) {
      blankHalves(row, col + 1);
      cells[row][col + 1] = "";
    }
    cursorColumn = col + width;
  }

  /** Before a cell is written: the other half of a wide character it was part of becomes blank. */
  private void blankHalves(int row, int col) {
    String[] line = cells[row];
    if ("".equals(line[col]) && col > 0) {
      line[col - 1] = null;
    } else if (line[col] != null && !line[col].isEmpty() && Cells.width(line[col]) == 2 && col + 1 < line.length) {
      line[col + 1] = null;
    }
  }
}
