package dev.descent.lesson;

import dev.descent.lesson.json.Pos;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Collects the problems of one file and keeps going; bounded so a broken file cannot flood the screen. It
 * takes the JSON reader's warnings as they come, as a {@link BiConsumer}: passed itself, not a method
 * reference, it costs no lambda's linking on the way to {@code descent check}.
 */
public final class Diagnostics implements BiConsumer<Pos, String> {
  /** At most this many problems are kept per file. */
  public static final int MAX = 200;

  private final String file;
  private final List<Diagnostic> list = new ArrayList<>();
  private int dropped;
  private int errors;

  public Diagnostics(String file) {
    this.file = file;
  }

  /** The file these problems belong to, as it is printed. */
  public String file() {
    return file;
  }

  /** Records a problem at {@code pos}. */
  public void error(Pos pos, String message) {
    errors++;
    if (list.size() < MAX) {
      list.add(Diagnostic.at(file, pos == null ? Pos.START : pos, message));
    } else {
      dropped++;
    }
  }

  /** Records a warning at {@code pos}: the file can be used, but something in it is likely not what was meant. */
  public void warning(Pos pos, String message) {
    if (list.size() < MAX) {
      list.add(Diagnostic.warningAt(file, pos == null ? Pos.START : pos, message));
    } else {
      dropped++;
    }
  }

  /** True when an error (not only warnings) was found. */
  public boolean hasErrors() {
    return errors > 0;
  }

  /** Records a problem at {@code pos}, as {@link #error}. */
  @Override
  public void accept(Pos pos, String message) {
    error(pos, message);
  }

  /** True when nothing was found. */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** How many problems were found so far. */
  public int count() {
    return list.size() + dropped;
  }

  /** The problems in file order, with a last line saying how many more were not kept. */
  public List<Diagnostic> all() {
    List<Diagnostic> out = new ArrayList<>(list);
    Collections.sort(out);
    if (dropped > 0) {
      Diagnostic last = out.get(out.size() - 1);
      out.add(new Diagnostic(file, last.line(), last.column(), "… and " + dropped + " more problems"));
    }
    return out;
  }
}
