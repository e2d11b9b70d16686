package dev.descent.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;

/**
 * Something the text UI reacts to: a key, a new window size, the end of input, a failure while reading, or (in a
 * preview) the file shown read again.
 */
sealed interface Event permits Event.Key, Event.Resized, Event.InputClosed, Event.Failed, Event.Changed {

  /** A key the learner pressed. */
  record Key(KeyStroke key) implements Event {}

  /** The window changed size. */
  record Resized() implements Event {}

  /** Standard input ended (the terminal went away). */
  record InputClosed() implements Event {}

  /** Reading input failed. */
  record Failed(Throwable cause) implements Event {}

  /** The file a preview shows changed, and was read again. */
  record Changed(dev.descent.course.Draft.Reading reading) implements Event {}
}
