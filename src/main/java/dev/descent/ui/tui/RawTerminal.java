package dev.descent.ui.tui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal with its set-up done by one process instead of five: Lanterna runs
 * {@code stty} once per setting (save, no line editing, min 1, no echo, no interrupt key), and each
 * launch of a process from the JVM costs tens of milliseconds, most of the time to the first
 * screen. Here one shell saves the settings and changes them all; restoring is unchanged.
 */
final class RawTerminal extends UnixTerminal {
  // Set while Lanterna's constructor runs (it sets the terminal up from there), so no final fields.
  private String saved;

  RawTerminal(InputStream in, OutputStream out, Charset charset, CtrlCBehaviour ctrlC) throws IOException {
    super(in, out, charset, ctrlC);
  }

  @Override
  protected void saveTerminalSettings() throws IOException {
    String stty = stty();
    boolean trapCtrlC = getTerminalCtrlCBehaviour() == CtrlCBehaviour.TRAP;
    String raw = stty + " -icanon min 1 -echo" + (trapCtrlC ? " intr undef" : "");
    saved = exec("/bin/sh", "-c", stty + " -g && " + raw).trim();
  }

  @Override
  protected void restoreTerminalSettings() throws IOException {
    if (saved != null && !saved.isEmpty()) {
      runSTTYCommand(saved);
    }
  }

  @Override
  protected void canonicalMode(boolean enabled) throws IOException {
    if (enabled || saved == null) {
      super.canonicalMode(enabled);
    }
  }

  @Override
  protected void keyEchoEnabled(boolean enabled) throws IOException {
    if (enabled || saved == null) {
      super.keyEchoEnabled(enabled);
    }
  }

  @Override
  protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
    if (enabled || saved == null) {
      super.keyStrokeSignalsEnabled(enabled);
    }
  }

  private static String stty() {
    return System.getProperty("com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand", "/bin/stty");
  }
}
