package dev.descent.homework;

import dev.descent.engine.DescentException;

/**
 * An answer file that cannot be graded at all: missing, a folder, not text, or naming no set or no
 * student. The message says which and how to fix it.
 */
public final class UnreadableFile extends DescentException {
  private static final long serialVersionUID = 1L;

  public UnreadableFile(String message) {
    super(message);
  }
}
