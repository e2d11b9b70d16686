package dev.descent.cli;

import dev.descent.engine.DescentException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Wires the picocli command tree to the streams and turns every failure into a message and an exit code. */
final class Commands {
  private Commands() {}

  static int execute(String[] args, PrintWriter out, PrintWriter err, Console console) {
    try {
      int quick = QuickCommands.run(args, out, err, console.in());
      if (quick == QuickCommands.NOT_HANDLED) {
        quick = QuickCourse.run(args, console, out, err);
      }
      if (quick != QuickCommands.NOT_HANDLED) {
        return quick;
      }
    } catch (DescentException e) {
      err.println("descent: " + e.getMessage());
      return Main.USAGE;
    } catch (java.io.IOException | RuntimeException | Error unexpected) {
      return Crash.report(unexpected, args, console.env(), err);
    }
    CommandLine cl = DescentCommand.tree(console, args);
    // Nothing documents @file arguments, and reading a folder, /dev/urandom or /dev/zero as one
    // failed with a stack trace or never ended.
    cl.setExpandAtFiles(false);
    cl.registerConverter(java.nio.file.Path.class, Commands::path);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    HelpLayout.install(cl);
    cl.setParameterExceptionHandler(Commands::badUsage);
    cl.setExecutionExceptionHandler((ex, cmd, parse) -> failure(ex, cmd, args, console));
    try {
      return cl.execute(args);
    } catch (RuntimeException | Error unexpected) {
      return Crash.report(unexpected, args, console.env(), err);
    }
  }

  private static java.nio.file.Path path(String text) {
    try {
      return java.nio.file.Path.of(text);
    } catch (java.nio.file.InvalidPathException e) {
      throw new CommandLine.TypeConversionException("'" + dev.descent.render.Visible.inline(text)
          + "' cannot be a file name here: " + FileArgument.why(e));
    }
  }

  private static int badUsage(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    CommandLine root = cmd;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    UsageError.Finding found = UsageError.find(root, args);
    if (found != null) {
      err.println("descent: " + found.message());
      cmd = found.command();
    } else {
      err.println("descent: " + ex.getMessage());
    }
    String name = cmd.getCommandSpec().qualifiedName();
    err.println("Try '" + name + " --help' for " + (cmd.getParent() == null ? "the commands and options." : "the options."));
    return Main.USAGE;
  }

  private static int failure(Exception ex, CommandLine cmd, String[] args, Console console) {
    PrintWriter err = cmd.getErr();
    if (ex instanceof DescentException de) {
      err.println("descent: " + de.getMessage());
      return Main.USAGE;
    }
    return Crash.report(ex, args, console.env(), err);
  }
}
