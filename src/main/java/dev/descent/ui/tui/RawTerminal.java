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
 *
 * <p>A terminal found without line editing or echo was left so by a program that could not restore
 * it (an earlier descent killed with SIGKILL, say): a shell never runs a command that way. It is set
 * to sane modes before its settings are saved, so that quitting gives back a usable terminal.
 */
final class RawTerminal extends UnixTerminal {
  /** What the set-up shell prints first when it had to make the terminal sane. */
  private static final String RESET = "reset";

  // Set while Lanterna's constructor runs (it sets the terminal up from there), so no final fields.
  private String saved;
  private boolean reset;

  RawTerminal(InputStream in, OutputStream out, Charset charset, CtrlCBehaviour ctrlC) throws IOException {
    super(in, out, charset, ctrlC);
  }

  @Override
  protected void saveTerminalSettings() throws IOException {
    String stty = stty();
    boolean trapCtrlC = getTerminalCtrlCBehaviour() == CtrlCBehaviour.TRAP;
    String raw = stty + " -icanon min 1 -echo" + (trapCtrlC ? " intr undef" : "");
    String sane = "case \" $(" + stty + " -a | tr '\\n;' '  ') \" in *' -icanon '*|*' -echo '*) " + stty
        + " sane && echo " + RESET + ";; esac; ";
    String out = exec("/bin/sh", "-c", sane + stty + " -g && " + raw).trim();
    reset = out.startsWith(RESET);
    saved = reset ? out.substring(RESET.length()).trim() : out;
  }

  /** True when the terminal had to be made sane before descent could use it. */
  boolean wasReset() {
    return reset;
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
