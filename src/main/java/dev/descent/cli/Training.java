package dev.descent.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A short walk through descent's common paths — the quick commands, a homework check, a small class
 * graded, the lesson list and a lesson in the text UI and in plain mode — run once by the build with
 * {@code -XX:ArchiveClassesAtExit} so that the launcher starts from a class-data archive of what
 * those paths load. Nothing it does is kept.
 */
final class Training {
  private Training() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("descent-training");
    try {
      walk(dir);
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void walk(Path dir) throws IOException {
    String data = dir.resolve("data").toString();
    run("", "--version");
    run("", "trace", "--f", "w^2-4w+5", "--start", "w=0", "--eta", "0.3", "--steps", "8", "--plot");
    run("", "trace", "--f", "1 + sin(x) + cos(y) + (y + y^2 + x^2)/10", "--start", "x=0,y=0", "--eta", "0.01",
        "--optimizer", "adam", "--state", "--format", "json");
    run("", "trace", "--f", "(w-3)^2", "--start", "w=0", "--eta", "0.1", "--format", "csv");
    run("", "hessian", "--f", "5x^2+13y^2", "--at", "x=0,y=0");
    Path answers = dir.resolve("answers.txt");
    Files.writeString(answers, "set: sgd-homework\nstudent: alice\np1.pred = -2\np1.neww = 2.2\np2.phat = 0.18\n");
    run("", "check", answers.toString());
    // a small class graded, so that grading a big one starts from archived classes too
    Path handedIn = Files.createDirectories(dir.resolve("class"));
    Files.writeString(handedIn.resolve("bob.txt"), "set: eight-steps-homework\nstudent: bob\np1.dldw = 2(w - 3)\n"
        + "p1.g0 = -6\np2.guess = converges\np2.table =\n  1: 2.4, 8.12\n  2: 3.36, 3.8192\np3.factor = -1\n"
        + "p4.dist = 11\n");
    Files.writeString(handedIn.resolve("carol.txt"), "set: eight-steps-homework\nstudent: carol\np1.w1 = -1.25\n"
        + "p2.guess = diverges\np3.table =\n  1: 3, 1\n  x: 1\np4.gap = no idea\n");
    run("", "grade", "eight-steps-homework", handedIn.toString(), "--csv", dir.resolve("grades.csv").toString());
    run("", "list", "--data-dir", data);
    run(":next\n:next\n:next\n2(w-3)\n-6\n:quit\n", "learn", "1", "--plain", "--data-dir", data);
    run("", "--help");
    textUi(dir.resolve("tui"));
  }

  /**
   * The text UI's launch as on a real terminal, on a virtual one: the first frame (to nowhere), the
   * new learner's guide, the lesson list, lesson 1 opened, one question answered, back to the list and
   * quit, with the keys a learner presses; then the same learner's next launch, which reads the progress. What only a real terminal runs (stty through a shell, the
   * input decoder) is loaded here without being run.
   */
  private static void textUi(Path data) {
    Scripted terminal = new Scripted();
    terminal.keys.add(new KeyStroke(KeyType.Enter));   // closes the guide
    terminal.keys.add(new KeyStroke(KeyType.Enter));   // opens lesson 1
    for (int i = 0; i < 3; i++) {
      terminal.keys.add(ctrl('n'));
    }
    for (char c : "2(w-3)".toCharArray()) {
      terminal.keys.add(new KeyStroke(c, false, false));
    }
    terminal.keys.add(new KeyStroke(KeyType.Enter));
    terminal.keys.add(ctrl('l'));
    terminal.keys.add(ctrl('x'));
    launch(data, terminal);
    // the same learner again: a returning learner's launch reads the progress file before the lesson list
    Scripted again = new Scripted();
    again.keys.add(ctrl('x'));
    launch(data, again);
    try {
      Class.forName("dev.descent.ui.tui.RawTerminal", false, Training.class.getClassLoader());
      new InputDecoder(new java.io.StringReader("")).addProfile(new DefaultKeyDecodingProfile());
      new ProcessBuilder("/bin/sh", "-c", "true").start().waitFor();
    } catch (ClassNotFoundException | IOException e) {
      // a class or a shell missing here only makes the archive smaller
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * {@code descent} as a terminal starts it, through {@link Main#start}, the way {@code main} goes (crash
   * handler, arguments, terminal checks, the quick course path), with the first frame written to nowhere and
   * the UI on {@code terminal}.
   */
  private static void launch(Path data, Scripted terminal) {
    PrintStream screen = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    try {
      Map<String, String> env = new HashMap<>(System.getenv());
      env.put("TERM", "xterm-256color");
      env.remove("NO_COLOR");
      Main.start(new String[] {"--data-dir", data.toString(), "--learner", "training"}, env, () -> terminal);
    } finally {
      System.setOut(screen);
    }
  }

  private static KeyStroke ctrl(char c) {
    return new KeyStroke(c, true, false);
  }

  /**
   * A virtual terminal whose keys are typed from a list, then the end of input (so that a key the UI no
   * longer takes cannot leave the build waiting): Lanterna's own holds its lock while it waits
   * for a key, which would stop the UI from drawing while its key reader waits.
   */
  private static final class Scripted extends DefaultVirtualTerminal {
    final java.util.concurrent.BlockingQueue<KeyStroke> keys = new java.util.concurrent.LinkedBlockingQueue<>();

    Scripted() {
      super(new TerminalSize(80, 24));
    }

    @Override
    public KeyStroke readInput() {
      KeyStroke k = keys.poll();
      return k != null ? k : new KeyStroke(KeyType.EOF);
    }

    @Override
    public KeyStroke pollInput() {
      return keys.poll();
    }
  }

  private static void run(String input, String... args) {
    PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Main.run(args, sink, sink, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
  }
}
