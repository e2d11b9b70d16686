package dev.descent.cli;

import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import dev.descent.render.Visible;
import dev.descent.session.CourseLoader;
import dev.descent.session.SelfTest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code descent validate}: checks lesson and exercise files the way a compiler checks code. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check lesson and exercise files and print each problem as file:line:column: message.",
        "Besides the format, every question is played over several variants: the right answer must be accepted, "
            + "each usual mistake recognised, and nonsense input answered clearly. Exit code 1 when anything is wrong.",
        "", "Example: descent validate lessons exercises"})
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or folders (a folder's lessons/ and exercises/, or its JSON files). Default: lessons exercises.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--quick", description = "Check the files only, without playing the questions.")
  boolean quick;

  @Option(names = "--course", paramLabel = "PATH", description = "Check these files or folders as your own course, "
      + "as --course of the other commands reads them: also that no id is one of descent's own.")
  List<Path> course = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> targets = new ArrayList<>(paths);
    targets.addAll(course);
    if (targets.isEmpty()) {
      targets = List.of(Path.of("lessons"), Path.of("exercises"));
    }
    Map<String, String> builtIn = course.isEmpty() ? Map.of() : builtInIds();
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    int files = 0;
    int questions = 0;
    for (Path target : targets) {
      for (Path file : CourseLoader.files(target, problems)) {
        files++;
        LessonLoader.Result r = LessonLoader.load(file, file.toString());
        problems.addAll(r.diagnostics());
        if (r.lesson().isEmpty()) {
          continue;
        }
        LessonFile lesson = r.lesson().get();
        if (course.contains(target) && builtIn.containsKey(lesson.id())) {
          problems.add(new Diagnostic(file.toString(), 1, 1, "the id \"" + lesson.id() + "\" is that of descent's own "
              + builtIn.get(lesson.id()) + ", so the course leaves this file out (and homework refuses it): give it "
              + "an id of its own"));
        }
        String earlier = ids.putIfAbsent(lesson.id(), file.toString());
        if (earlier != null) {
          problems.add(new Diagnostic(file.toString(), 1, 1, "the id \"" + lesson.id() + "\" is already used by " + earlier));
        }
        questions += lesson.questions().size();
        if (!quick) {
          problems.addAll(SelfTest.run(lesson));
        }
      }
    }
    java.util.Collections.sort(problems);
    for (Diagnostic d : problems) {
      out.println(d);
    }
    String played = quick ? "" : ", each played in " + SelfTest.LEARNERS.size() + " variants";
    if (files == 0 && problems.isEmpty()) {
      List<String> shown = new ArrayList<>();
      targets.forEach(t -> shown.add(Visible.inline(t.toString())));
      out.println("no lesson or exercise files (names ending in .json) in " + String.join(", ", shown));
      return Main.FAILED;
    }
    if (problems.isEmpty()) {
      out.println("ok: " + files + " file" + (files == 1 ? "" : "s") + ", " + questions + " questions" + played);
      return files == 0 ? Main.FAILED : Main.OK;
    }
    out.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + files + " file"
        + (files == 1 ? "" : "s"));
    return Main.FAILED;
  }

  /** The ids of the built-in course, each with what it is ("lesson" or "exercise set"). */
  private static Map<String, String> builtInIds() {
    Map<String, String> ids = new HashMap<>();
    for (dev.descent.lesson.CourseFile f : CourseLoader.builtInFiles(new ArrayList<>())) {
      ids.put(f.head().id(), f.head().exercises() ? "exercise set" : "lesson");
    }
    return ids;
  }
}
