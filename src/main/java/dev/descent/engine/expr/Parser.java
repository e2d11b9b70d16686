package dev.descent.engine.expr;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads functions as people write them by hand: implicit multiplication ({@code 4w}, {@code 2(w-3)},
 * {@code x y}), unary minus binding looser than {@code ^}, right-associative {@code ^}, and the calls
 * of {@link Fn}. Work is bounded by {@link #MAX_LENGTH} and {@link #MAX_DEPTH}.
 */
final class Parser {
  /** The longest text accepted, in characters. */
  static final int MAX_LENGTH = 5000;
  /** The deepest nesting accepted (parentheses, signs, powers and calls together). */
  static final int MAX_DEPTH = 200;
  /** The most distinct variables accepted: a Hessian's work grows with the square of their number. */
  static final int MAX_VARIABLES = 32;

  private final String text;
  private final Set<String> variables = new LinkedHashSet<>();
  private int pos;
  private int depth;

  private Parser(String text) {
    this.text = text;
  }

  /** Parses {@code text}; the variables it uses are added to {@code variables} in order of appearance. */
  static Expr parse(String text, Set<String> variables) {
    if (text == null || text.isBlank()) {
      throw new ExpressionException("the expression is empty", 1);
    }
    if (text.length() > MAX_LENGTH) {
      throw new ExpressionException(
          "the expression is " + text.length() + " characters long; the limit is " + MAX_LENGTH, MAX_LENGTH);
    }
    Parser p = new Parser(text);
    Expr e = p.expression();
    p.skipSpace();
    if (p.pos < text.length()) {
      throw p.unexpected();
    }
    variables.addAll(p.variables);
    return e;
  }

  private Expr expression() {
    Expr left = term();
    while (true) {
      skipSpace();
      char c = peek();
      if (c != '+' && c != '-' && c != '\u2212') {
        break;
      }
      int at = pos;
      pos++;
      requireOperand(c == '\u2212' ? '-' : c, at);
      Expr right = term();
      left = new Expr.Binary(c == '+' ? Expr.Op.ADD : Expr.Op.SUB, left, right);
    }
    return left;
  }

  private Expr term() {
    Expr left = unary();
    while (true) {
      skipSpace();
      char c = peek();
      if (c == '*' && peekAt(1) != '*' || c == '/' || c == '\u00b7' || c == '\u00d7' || c == '\u00f7') {
        int at = pos;
        pos++;
        requireOperand(c, at);
        Expr right = unary();
        boolean divide = c == '/' || c == '\u00f7';
        left = new Expr.Binary(divide ? Expr.Op.DIV : Expr.Op.MUL, left, right);
      } else if (startsPrimary(c)) {
        if (isNumberStart(c) && endsWithNumber(left)) {
          throw new ExpressionException(
              "two numbers in a row at column " + (pos + 1) + "; put an operator between them", pos + 1);
        }
        left = new Expr.Binary(Expr.Op.MUL, left, power());
      } else {
        break;
      }
    }
    return left;
  }

  private Expr unary() {
    skipSpace();
    char c = peek();
    if (c == '-' || c == '\u2212' || c == '+') {
      int at = pos;
      pos++;
      requireOperand(c == '\u2212' ? '-' : c, at);
      enter();
      Expr arg = unary();
      leave();
      return c == '+' ? arg : new Expr.Neg(arg);
    }
    return power();
  }

  private Expr power() {
    Expr base = primary();
    skipSpace();
    char c = peek();
    if (c == '\u00b2' || c == '\u00b3') {
      pos++;
      return new Expr.Pow(base, new Expr.Num(c == '\u00b2' ? 2 : 3));
    }
    if (c == '^' || c == '*' && peekAt(1) == '*') {
      int at = pos;
      pos += c == '^' ? 1 : 2;
      requireOperand(c == '^' ? "^" : "**", at);
      enter();
      Expr exponent = unary();
      leave();
      return new Expr.Pow(base, exponent);
    }
    return base;
  }

  private Expr primary() {
    skipSpace();
    char c = peek();
    if (isNumberStart(c)) {
      return number();
    }
    if (Character.isLetter(c)) {
      return identifier();
    }
    if (c == '(') {
      int open = pos;
      pos++;
      enter();
      skipSpace();
      if (peek() == ')') {
        throw new ExpressionException("empty parentheses at column " + (open + 1), open + 1);
      }
      Expr inner = expression();
      skipSpace();
      if (peek() != ')') {
        if (pos >= text.length()) {
          throw new ExpressionException(
              "missing ')' to close the '(' at column " + (open + 1), open + 1);
        }
        throw unexpected();
      }
      pos++;
      leave();
      return inner;
    }
    throw unexpected();
  }

  private Expr number() {
    int start = pos;
    while (isDigit(peek())) {
      pos++;
    }
    if (peek() == '.') {
      pos++;
      while (isDigit(peek())) {
        pos++;
      }
    }
    if (pos - start == 1 && text.charAt(start) == '.') {
      throw new ExpressionException("a lone '.' at column " + (start + 1) + " is not a number", start + 1);
    }
    if ((peek() == 'e' || peek() == 'E') && exponentFollows()) {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      while (isDigit(peek())) {
        pos++;
      }
    }
    String digits = text.substring(start, pos);
    double value = Double.parseDouble(digits);
    if (Double.isInfinite(value)) {
      throw new ExpressionException(
          "the number at column " + (start + 1) + " is too large to compute with", start + 1);
    }
    return new Expr.Num(value);
  }

  private boolean exponentFollows() {
    char next = peekAt(1);
    if (isDigit(next)) {
      return true;
    }
    return (next == '+' || next == '-') && isDigit(peekAt(2));
  }

  private Expr identifier() {
    int start = pos;
    while (Character.isLetterOrDigit(peek()) || peek() == '_') {
      pos++;
    }
    String name = text.substring(start, pos);
    var fn = Fn.named(name);
    if (fn.isPresent()) {
      skipSpace();
      if (peek() != '(') {
        throw new ExpressionException(
            "expected '(' after the function " + name + " at column " + (start + 1), start + 1);
      }
      int open = pos;
      pos++;
      enter();
      skipSpace();
      if (peek() == ')') {
        throw new ExpressionException(
            name + " needs an argument inside the parentheses at column " + (open + 1), open + 1);
      }
      Expr arg = expression();
      skipSpace();
      if (peek() != ')') {
        if (pos >= text.length()) {
          throw new ExpressionException(
              "missing ')' to close " + name + "( at column " + (open + 1), open + 1);
        }
        throw unexpected();
      }
      pos++;
      leave();
      return new Expr.Call(fn.get(), arg);
    }
    if (name.equals("pi") || name.equals("\u03c0")) {
      return new Expr.Num(Math.PI);
    }
    if (name.equals("e")) {
      return new Expr.Num(Math.E);
    }
    skipSpace();
    if (peek() == '(' && looksLikeCall(name)) {
      throw new ExpressionException(
          "unknown function '" + name + "' at column " + (start + 1) + " (known: " + Fn.knownNames() + ")",
          start + 1);
    }
    if (variables.add(name) && variables.size() > MAX_VARIABLES) {
      throw new ExpressionException("'" + name + "' at column " + (start + 1) + " is variable number "
          + variables.size() + "; an expression may use at most " + MAX_VARIABLES, start + 1);
    }
    return new Expr.Var(name, -1);
  }

  /** A name of three or more letters directly before '(' is taken as a misspelt function. */
  private static boolean looksLikeCall(String name) {
    return name.length() >= 3 && name.chars().allMatch(Character::isLetter);
  }

  private void requireOperand(Object operator, int at) {
    skipSpace();
    char c = peek();
    if (pos >= text.length()) {
      throw new ExpressionException(
          "expected a term after '" + operator + "' at column " + (at + 1), at + 1);
    }
    if (!startsPrimary(c) && c != '-' && c != '+' && c != '\u2212') {
      throw new ExpressionException(
          "expected a term after '" + operator + "' at column " + (at + 1) + " but found '" + c + "'",
          pos + 1);
    }
  }

  private ExpressionException unexpected() {
    if (pos >= text.length()) {
      return new ExpressionException("the expression ends too early at column " + (pos + 1), pos + 1);
    }
    char c = text.charAt(pos);
    return new ExpressionException("unexpected '" + printable(c) + "' at column " + (pos + 1), pos + 1);
  }

  private static String printable(char c) {
    if (Character.isISOControl(c) || Character.isSurrogate(c)) {
      return String.format("\\u%04x", (int) c);
    }
    return String.valueOf(c);
  }

  private static boolean endsWithNumber(Expr e) {
    return e instanceof Expr.Num || e instanceof Expr.Binary b && b.op() == Expr.Op.MUL && endsWithNumber(b.right());
  }

  private static boolean isNumberStart(char c) {
    return isDigit(c) || c == '.';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean startsPrimary(char c) {
    return isNumberStart(c) || Character.isLetter(c) || c == '(';
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw new ExpressionException(
          "the expression nests deeper than " + MAX_DEPTH + " levels at column " + (pos + 1), pos + 1);
    }
  }

  private void leave() {
    depth--;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private char peekAt(int ahead) {
    int i = pos + ahead;
    return i < text.length() ? text.charAt(i) : '\0';
  }
}
