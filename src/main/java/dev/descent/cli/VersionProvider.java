package dev.descent.cli;

import picocli.CommandLine;

/** Gives picocli the version the build wrote into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {Version.line()};
  }
}
