package dev.descent.render;

import java.text.Normalizer;
import java.util.Map;

/**
 * The one place that decides what may reach a terminal. Characters a terminal would act on or hide
 * — the C0 controls, DEL, the C1 controls (which include the escape codes' introducers), and the
 * invisible format characters, among them the bidirectional overrides and isolates, zero-width
 * characters and the line and paragraph separators — are shown visibly instead: {@code ^[} for ESC
 * and the other C0 controls, {@code ^?} for DEL, {@code <U+202E>} for the rest. Backspace and
 * carriage return are among them, so no line can be overwritten on screen. Descent's own line breaks
 * and tabs stay; text of outside origin quoted into one line ({@link #inline}) shows those too, so a
 * newline in a file name cannot forge a line. When the terminal cannot show UTF-8, {@link #ascii}
 * gives a plain ASCII stand-in for each other character ({@code eta}, {@code ->}).
 */
public final class Visible {
  private static final Map<Integer, String> ASCII = asciiTable();

  private Visible() {}

  /** True for a character that must never reach a terminal raw (newline and tab included). */
  public static boolean unsafe(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** The visible form of an unsafe character: {@code ^[} for C0 controls and DEL, {@code <U+009B>} for others. */
  public static String form(int cp) {
    if (cp < 0x20) {
      return "^" + (char) (cp + 0x40);
    }
    if (cp == 0x7f) {
      return "^?";
    }
    return String.format("<U+%04X>", cp);
  }

  /** {@code s} for quoting within one line: every unsafe character, newline and tab too, shown visibly. */
  public static String inline(String s) {
    return shown(s, false);
  }

  /** {@code s} for printing as lines: newlines and tabs kept, every other unsafe character shown visibly. */
  public static String lines(String s) {
    return shown(s, true);
  }

  private static String shown(String s, boolean keepLines) {
    if (s == null) {
      return "";
    }
    if (clean(s, keepLines)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (unsafe(cp) && !(keepLines && (cp == '\n' || cp == '\t'))) {
        out.append(form(cp));
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static boolean clean(String s, boolean keepLines) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 || c >= 0x7f) && unsafe(c) && !(keepLines && (c == '\n' || c == '\t'))) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        return false; // a supplementary character may be a format character (tags, U+E0001)
      }
    }
    return true;
  }

  /**
   * A plain ASCII stand-in for a printable character, for a terminal that cannot show UTF-8: Greek
   * letters by name, arrows and comparison signs as ASCII pairs, sub- and superscripts with _ and ^,
   * accented letters without their accent, a combining mark as {@link #asciiMark} gives it, and {@code ?}
   * for anything else.
   */
  public static String ascii(int cp) {
    if (cp < 0x80) {
      return String.valueOf((char) cp);
    }
    String known = ASCII.get(cp);
    if (known != null) {
      return known;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return asciiMark(cp);
    }
    StringBuilder out = new StringBuilder();
    String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      if (c < 0x80) {
        out.append((char) c);
      } else if (ASCII.containsKey(c)) {
        out.append(ASCII.get(c));
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append('?');
      }
      i += Character.charCount(c);
    }
    return out.length() == 0 ? "?" : out.toString();
  }

  /**
   * The ASCII stand-in of a combining mark, for a terminal that cannot show UTF-8: ^ for a circumflex,
   * ~ for a tilde, nothing for a mark without one (the letter it sits on stands for both, as an
   * accented letter stands for its plain one).
   */
  public static String asciiMark(int cp) {
    String known = ASCII.get(cp);
    return known == null ? "" : known;
  }

  private static Map<Integer, String> asciiTable() {
    Map<Integer, String> m = new java.util.HashMap<>();
    String[] greek = {"α", "alpha", "β", "beta", "γ", "gamma", "δ", "delta", "ε", "eps", "ζ", "zeta", "η", "eta",
        "θ", "theta", "κ", "kappa", "λ", "lambda", "μ", "mu", "ν", "nu", "ξ", "xi", "π", "pi", "ρ", "rho",
        "σ", "sigma", "τ", "tau", "φ", "phi", "χ", "chi", "ψ", "psi", "ω", "omega", "Γ", "Gamma", "Δ", "Delta",
        "Θ", "Theta", "Λ", "Lambda", "Σ", "Sigma", "Φ", "Phi", "Ψ", "Psi", "Ω", "Omega"};
    String[] signs = {"−", "-", "–", "-", "—", "--", "←", "<-", "→", "->", "↑", "^", "↓", "v", "↳", "->",
        "⇒", "=>", "≤", "<=", "≥", ">=", "≠", "!=", "≈", "~", "±", "+/-", "×", "x", "·", "*", "÷", "/", "…", "...",
        "‖", "||", "√", "sqrt", "∇", "grad", "∂", "d", "∞", "inf", "∑", "sum", "⌊", "floor(", "⌋", ")",
        "⌈", "ceil(", "⌉", ")", "✓", "ok", "✗", "x", "▸", ">", "•", "*", "°", "deg", "“", "\"", "”", "\"",
        "‘", "'", "’", "'", "«", "<<", "»", ">>", "½", "1/2", "¼", "1/4", "¾", "3/4", "\u00a0", " ",
        "\u0302", "^", "\u0303", "~", "ᵀ", "^T", "ᵗ", "^t", "ⁱ", "^i", "ⁿ", "^n", "⁻", "^-", "⁺", "^+",
        "█", "#", "▓", "#", "▒", "+", "░", ".", "─", "-", "│", "|", "┼", "+", "┌", "+", "┐", "+", "└", "+",
        "┘", "+", "├", "+", "┤", "+", "┬", "+", "┴", "+"};
    for (String[] pairs : new String[][] {greek, signs}) {
      for (int i = 0; i < pairs.length; i += 2) {
        m.put(pairs[i].codePointAt(0), pairs[i + 1]);
      }
    }
    String sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    String sub = "₀₁₂₃₄₅₆₇₈₉";
    for (int d = 0; d < 10; d++) {
      m.put((int) sup.charAt(d), "^" + d);
      m.put((int) sub.charAt(d), "_" + d);
    }
    return Map.copyOf(m);
  }
}
