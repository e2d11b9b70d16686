package dev.descent.ui.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.EnumSet;

/**
 * One grapheme cluster in one screen cell (two for a wide one), as a Lanterna character.
 *
 * <p>Lanterna 3.1.3 holds a cluster such as p̂ (p and U+0302) in one {@link TextCharacter}, but takes
 * every character of more than one {@code char} to be two columns wide, and its
 * {@code TextGraphics.putString} gives each {@code char}, combining marks included, a cell of its
 * own; both make its screen diffing write text where the terminal has none, which left stray
 * characters and shifted text. A glyph carries its cluster and the width that
 * {@link dev.descent.render.Cells} gives it, so Lanterna writes the whole cluster and moves on by the
 * right number of columns.
 */
final class Glyph extends TextCharacter {
  private static final long serialVersionUID = 1L;

  private final String cluster;
  private final boolean wide;

  @SuppressWarnings("deprecation") // the only public constructor that takes a style set; the cluster is kept here
  private Glyph(String cluster, boolean wide, TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {
    super(cluster.charAt(0), foreground, background, modifiers);
    this.cluster = cluster;
    this.wide = wide;
  }

  /** Puts {@code cluster}, {@code columns} wide (1 or 2), at a cell of {@code g} in its current style. */
  static void put(TextGraphics g, int column, int row, String cluster, int columns) {
    char first = cluster.charAt(0);
    if (cluster.length() == 1 && TerminalTextUtils.isCharDoubleWidth(first) == (columns == 2)) {
      g.setCharacter(column, row, first);
      return;
    }
    // a mark with no letter before it is drawn on a space, as the width counted it
    int type = Character.getType(first);
    boolean lone = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    String drawn = lone ? " " + cluster : cluster;
    g.setCharacter(column, row, new Glyph(drawn, columns == 2, g.getForegroundColor(), g.getBackgroundColor(),
        g.getActiveModifiers()));
  }

  @Override
  public String getCharacterString() {
    return cluster;
  }

  @Override
  public boolean isDoubleWidth() {
    return wide;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Glyph other && super.equals(o) && cluster.equals(other.cluster) && wide == other.wide;
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + cluster.hashCode();
  }
}
