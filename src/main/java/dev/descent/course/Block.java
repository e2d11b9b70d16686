package dev.descent.course;

import java.util.List;
import java.util.function.IntFunction;

/** A piece of a page: a paragraph, a display computed by the engine, or a question. */
public sealed interface Block permits Block.Paragraph, Block.Display, Block.Ask {

  /**
   * Text to wrap to the window; when {@code preformatted}, lines to show as written (formulas,
   * small tables).
   */
  record Paragraph(String text, boolean preformatted) implements Block {}

  /**
   * A table, plot or map from the engine, drawn for a given width in columns (at least 40); it is
   * drawn again when the window changes size. A figure (a plot or a contour map) has a one-line
   * description computed from its numbers, shown above it, or instead of it when figures are off;
   * a table has none (null), since it reads well as text.
   */
  record Display(String caption, String description, IntFunction<List<String>> render) implements Block {
    /** A display that is not a figure: a table or a report. */
    public Display(String caption, IntFunction<List<String>> render) {
      this(caption, null, render);
    }

    /** The display's lines at {@code width} columns. */
    public List<String> lines(int width) {
      return render.apply(Math.max(width, 40));
    }

    /** True for a plot or map, which has a description. */
    public boolean figure() {
      return description != null;
    }
  }

  /** A question the learner answers. */
  record Ask(Question question) implements Block {}
}
