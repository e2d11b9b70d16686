package dev.descent.render;

/**
 * Display columns of text in a terminal, grapheme cluster by grapheme cluster: a letter with its
 * combining marks (p̂, x̃) takes the columns of the letter, an East Asian wide or full-width
 * character (or an emoji) takes two, control and format characters none. Every width, cut, pad
 * and cursor step of descent's screens goes through this one place.
 *
 * <p>A cluster is a code point followed by its extending code points (non-spacing and enclosing
 * marks, variation selectors, emoji modifiers, a zero-width joiner and the pictograph it joins), a
 * CR LF pair, or a pair of regional indicators; a spacing mark (such as Devanagari's vowel sign i)
 * stands alone, as it takes its own column in a terminal. {@code CellsTest} holds the split to
 * {@link java.text.BreakIterator} on seeded random text. The wide ranges are East Asian Width W
 * and F of Unicode 14, as terminals such as tmux and xterm draw them. A mark with nothing before
 * it to combine with is a cluster of its own and counts one column, since a screen draws it on a
 * space.
 *
 * <p>On a terminal that shows only ASCII (a C or POSIX locale; see {@link #showAsciiOnly}) a cluster is
 * drawn as its ASCII stand-in ({@link #shown}: η as eta, p̂ as p^) and takes that stand-in's columns, so
 * that wrapping, padding, cutting and the cursor agree with what is drawn.
 */
public final class Cells {

  /** Inclusive ranges of wide code points, first and last of each, ascending. */
  private static final int[] WIDE = {
      0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
      0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
      0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA,
      0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
      0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
      0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80, 0x2E99,
      0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x2FF0, 0x2FFB, 0x3000, 0x3029, 0x302E, 0x303E, 0x3041, 0x3096,
      0x309B, 0x30FF, 0x3105, 0x312F, 0x3131, 0x318E, 0x3190, 0x31E3, 0x31F0, 0x321E, 0x3220, 0x3247,
      0x3250, 0x4DBF, 0x4E00, 0xA48C, 0xA490, 0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xF900, 0xFA6D,
      0xFA70, 0xFAD9, 0xFE10, 0xFE19, 0xFE30, 0xFE52, 0xFE54, 0xFE66, 0xFE68, 0xFE6B, 0xFF01, 0xFF60,
      0xFFE0, 0xFFE6, 0x16FE0, 0x16FE3, 0x16FF0, 0x16FF1, 0x17000, 0x187F7, 0x18800, 0x18CD5,
      0x18D00, 0x18D08, 0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122,
      0x1B150, 0x1B152, 0x1B164, 0x1B167, 0x1B170, 0x1B2FB, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF,
      0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248,
      0x1F250, 0x1F251, 0x1F260, 0x1F265, 0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C,
      0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4,
      0x1F3F8, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E,
      0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F,
      0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6DD, 0x1F6DF,
      0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A,
      0x1F93C, 0x1F945, 0x1F947, 0x1F9FF, 0x1FA70, 0x1FA74, 0x1FA78, 0x1FA7C, 0x1FA80, 0x1FA86,
      0x1FA90, 0x1FAAC, 0x1FAB0, 0x1FABA, 0x1FAC0, 0x1FAC5, 0x1FAD0, 0x1FAD9, 0x1FAE0, 0x1FAE7,
      0x1FAF0, 0x1FAF6, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD
  };

  /** The zero-width joiner, which binds two pictographs into one picture. */
  private static final int ZWJ = 0x200D;

  /** True when the terminal shows only ASCII: set once, when descent starts, by the command line. */
  private static volatile boolean asciiOnly;

  private Cells() {}

  /**
   * Says whether the terminal descent draws on shows only ASCII; when it does, every width counts, and
   * {@link #shown} gives, the ASCII stand-ins that {@link Visible#ascii} chooses.
   */
  public static void showAsciiOnly(boolean only) {
    asciiOnly = only;
  }

  /** True when the terminal shows only ASCII, so that text is drawn as {@link #shown} gives it. */
  public static boolean asciiOnly() {
    return asciiOnly;
  }

  /**
   * {@code s} as the terminal shows it: itself, or on a terminal that shows only ASCII each character
   * beyond ASCII as its stand-in (η as eta, − as -, a combining circumflex as ^); marks without a stand-in
   * and characters that take no column are left out.
   */
  public static String shown(String s) {
    if (!asciiOnly) {
      return s;
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      if (cp >= 0x80 && out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (out != null) {
        if (cp < 0x80) {
          out.append((char) cp);
        } else if (extending(cp)) {
          out.append(Visible.asciiMark(cp));
        } else if (codePointWidth(cp) > 0) {
          out.append(Visible.ascii(cp));
        }
      }
      i += n;
    }
    return out == null ? s : out.toString();
  }

  /** The columns {@code s} takes on a terminal. */
  public static int width(CharSequence s) {
    int w = 0;
    int n = s.length();
    for (int i = 0; i < n; ) {
      if (narrow(s.charAt(i), asciiOnly) && (i + 1 == n || s.charAt(i + 1) < 0x300)) {
        // a printable character below the combining marks, with no mark after it: one column
        w++;
        i++;
        continue;
      }
      int end = next(s, i);
      w += clusterWidth(s, i);
      i = end;
    }
    return w;
  }

  /**
   * Printable Latin text below U+0300, which takes one column (the soft hyphen aside); only printable
   * ASCII when the terminal shows only ASCII, where ½ takes the three columns of 1/2.
   */
  private static boolean narrow(char c, boolean asciiOnly) {
    return (c >= 0x20 && c < 0x7f) || (!asciiOnly && c >= 0xa0 && c < 0x300 && c != 0xad);
  }

  /** The columns of the cluster that starts at {@code index}: 0, 1 or 2 (its stand-in's on an ASCII terminal). */
  public static int clusterWidth(CharSequence s, int index) {
    int cp = Character.codePointAt(s, index);
    if (asciiOnly) {
      int end = next(s, index);
      if (cp >= 0x80 || end > index + 1) {
        return shown(s.subSequence(index, end).toString()).length();
      }
    }
    if (extending(cp)) {
      return 1;
    }
    return codePointWidth(cp);
  }

  /** The index just past the grapheme cluster that starts at {@code index} ({@code s.length()} at the end). */
  public static int next(CharSequence s, int index) {
    int n = s.length();
    if (index >= n) {
      return n;
    }
    int first = Character.codePointAt(s, index);
    int i = index + Character.charCount(first);
    if (first == '\r') {
      return i < n && s.charAt(i) == '\n' ? i + 1 : i;
    }
    if (control(first) || extending(first)) {
      return i;
    }
    if (regional(first) && i < n) {
      int second = Character.codePointAt(s, i);
      if (regional(second)) {
        i += Character.charCount(second);
      }
    }
    while (i < n) {
      int cp = Character.codePointAt(s, i);
      if (cp == ZWJ) {
        i += 1;
        if (i < n && pictographic(Character.codePointAt(s, i))) {
          i += Character.charCount(Character.codePointAt(s, i));
        }
      } else if (extending(cp)) {
        i += Character.charCount(cp);
      } else {
        break;
      }
    }
    return i;
  }

  /** The index where the grapheme cluster that ends at {@code index} starts (0 at the start). */
  public static int previous(CharSequence s, int index) {
    if (index <= 0) {
      return 0;
    }
    // Clusters are short: start a little before and walk forward to the last cluster start below index.
    int from = Math.max(0, index - 1);
    while (from > 0 && from > index - 64 && !startsCluster(s, from)) {
      from--;
    }
    int start = from;
    for (int i = from; i < index; ) {
      start = i;
      i = next(s, i);
    }
    return start;
  }

  /** The longest start of {@code s}, in whole clusters, that takes at most {@code columns} columns. */
  public static String cut(String s, int columns) {
    return s.substring(0, indexAt(s, columns));
  }

  /** The index of {@code s} just past the whole clusters that fit in {@code columns} columns. */
  public static int indexAt(CharSequence s, int columns) {
    int used = 0;
    int i = 0;
    while (i < s.length()) {
      int w = clusterWidth(s, i);
      if (used + w > columns) {
        break;
      }
      used += w;
      i = next(s, i);
    }
    return i;
  }

  /** {@code s} cut to {@code columns}, ending in {@code mark} (one column) when something was cut. */
  public static String fit(String s, int columns, String mark) {
    if (columns <= 0) {
      return "";
    }
    if (width(s) <= columns) {
      return s;
    }
    return cut(s, columns - width(mark)) + mark;
  }

  /** {@code s} followed by spaces up to {@code columns} columns (unchanged when it is already as wide). */
  public static String padRight(String s, int columns) {
    int w = width(s);
    return w >= columns ? s : s + " ".repeat(columns - w);
  }

  /** Spaces up to {@code columns} columns followed by {@code s} (unchanged when it is already as wide). */
  public static String padLeft(String s, int columns) {
    int w = width(s);
    return w >= columns ? s : " ".repeat(columns - w) + s;
  }

  /** True when a cluster can start at {@code index}: not inside a surrogate pair or before an extending mark. */
  private static boolean startsCluster(CharSequence s, int index) {
    if (Character.isLowSurrogate(s.charAt(index)) && index > 0 && Character.isHighSurrogate(s.charAt(index - 1))) {
      return false;
    }
    int cp = Character.codePointAt(s, index);
    boolean joined = index > 0 && s.charAt(index - 1) == ZWJ && pictographic(cp);
    boolean lineFeedOfPair = s.charAt(index) == '\n' && index > 0 && s.charAt(index - 1) == '\r';
    return !extending(cp) && cp != ZWJ && !joined && !lineFeedOfPair;
  }

  /** Code points that join the cluster before them. */
  private static boolean extending(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0xE0020 && cp <= 0xE007F) || cp == 0x200C;
  }

  private static boolean control(int cp) {
    return Character.getType(cp) == Character.CONTROL;
  }

  private static boolean regional(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  /** Emoji and pictographs that a zero-width joiner binds into one picture. */
  private static boolean pictographic(int cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF);
  }

  /** The columns of one code point standing alone. */
  private static int codePointWidth(int cp) {
    int type = Character.getType(cp);
    if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR) {
      return 0;
    }
    return wide(cp) ? 2 : 1;
  }

  private static boolean wide(int cp) {
    if (cp < WIDE[0]) {
      return false;
    }
    int lo = 0;
    int hi = WIDE.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < WIDE[2 * mid]) {
        hi = mid - 1;
      } else if (cp > WIDE[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
