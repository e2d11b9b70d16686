package dev.descent.check;

import dev.descent.check.input.Option;
import java.util.List;

/** What the checker needs to know about a question besides its answer: tolerance and options. */
public record Asked(Tolerance tolerance, List<Option> options, boolean multiple) {
  public Asked {
    options = List.copyOf(options);
  }
}
