package dev.descent.cli;

import dev.descent.engine.DescentException;
import dev.descent.files.FileKind;
import dev.descent.render.Visible;
import dev.descent.session.DraftFile;
import dev.descent.ui.Settings;
import dev.descent.ui.plain.PlainPreview;
import dev.descent.ui.tui.TerminalLauncher;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code descent preview FILE}: a lesson file as a learner sees it, shown again whenever it is saved. */
@Command(name = "preview", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Show a lesson or exercise file as a learner sees it, while you edit it: whenever the file is "
        + "saved, the preview shows the new version on the page you were on, and while the file has problems it "
        + "lists them as file:line:column: message. Ctrl-D (:key in plain mode) shows the page's answer key. "
        + "Nothing is saved as anyone's progress.",
        "", "Example: descent preview my-course/lessons/01-first.json --learner alice"})
final class PreviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand DescentCommand parent;

  @Parameters(paramLabel = "FILE", description = "The lesson or exercise file.")
  Path file;

  @Option(names = "--learner", paramLabel = "ID", description = "Whose numbers to show (default: $DESCENT_LEARNER, "
      + "else your user name).")
  String learner;

  @Option(names = "--plain", description = "Line by line, without the full-screen UI (also when input or output is "
      + "not a terminal, or TERM=dumb).")
  boolean plain;

  @Option(names = "--figures", paramLabel = "on|off", description = "off shows each figure as its one-line "
      + "description only.")
  String figures;

  @Override
  public Integer call() throws Exception {
    Console console = parent.console();
    PrintWriter out = spec.commandLine().getOut();
    FileKind kind = FileKind.of(file);
    if (kind != FileKind.REGULAR) {
      throw new DescentException("cannot preview " + Visible.inline(file.toString()) + ": "
          + (kind == FileKind.MISSING ? "no such file" : "it is " + kind.words() + ", not a lesson file"));
    }
    CourseOptions own = new CourseOptions();
    own.learner = learner;
    own.figures = figures;
    own.plain = plain;
    CourseOptions options = own.over(parent.options());
    String who = options.learner(console.env());
    boolean drawn = options.figures(console.env());
    try (DraftFile draft = new DraftFile(file, who)) {
      Thread cleanup = new Thread(draft::close, "descent: remove the preview's temporary folder");
      Runtime.getRuntime().addShutdownHook(cleanup);
      try {
        if (FrontEnd.choose(options.plain, console.onTerminal(), console.env()) == FrontEnd.TEXT) {
          TerminalLauncher.preview(draft, FrontEnd.colour(console.env()), new Settings(0, drawn, null));
        } else {
          int width = console.onTerminal() ? TerminalColumns.of(console.env()) : 0;
          new PlainPreview(draft, new InputStreamReader(console.in(), StandardCharsets.UTF_8), out,
              new Settings(width, drawn, null)).run();
        }
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
          // the hook removes the folder
        }
      }
    }
    out.flush();
    return Main.OK;
  }
}
