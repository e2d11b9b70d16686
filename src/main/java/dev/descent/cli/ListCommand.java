package dev.descent.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.descent.course.Course;
import dev.descent.course.LessonInfo;
import dev.descent.course.LessonStatus;
import dev.descent.render.JsonOutput;
import dev.descent.ui.Standing;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code descent list}: the lessons and the learner's progress in each, as text or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "Print the lessons with your progress in each, without starting the course.")
final class ListCommand implements Callable<Integer> {
  /** How the list is printed. */
  enum Format { text, json }

  @Spec CommandSpec spec;

  @ParentCommand DescentCommand parent;

  @Mixin CourseOptions options;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    Console console = parent.console();
    CourseOptions options = this.options.over(parent.options());
    Course course = CourseSource.open(options.dataDir(console.env()), options.course);
    String learner = options.learner(console.env());
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(course, learner));
    } else {
      text(course, learner, out);
      for (String w : course.warnings()) {
        spec.commandLine().getErr().println("descent: " + w);
      }
    }
    out.flush();
    return Main.OK;
  }

  private static void text(Course course, String learner, PrintWriter out) {
    List<LessonInfo> lessons = course.lessons();
    int idWidth = lessons.stream().mapToInt(l -> l.id().length()).max().orElse(2);
    int titleWidth = lessons.stream().mapToInt(l -> l.title().length()).max().orElse(5);
    int number = String.valueOf(lessons.size()).length();
    for (int i = 0; i < lessons.size(); i++) {
      LessonInfo l = lessons.get(i);
      String standing = Standing.describe(course.status(l.id(), learner));
      out.println(String.format("%" + number + "d  %-" + idWidth + "s  %-" + titleWidth + "s  %s", i + 1, l.id(),
          l.title(), standing + (l.exercises() ? " (exercises)" : "")).stripTrailing());
    }
    if (lessons.isEmpty()) {
      out.println("There are no lessons.");
    }
  }

  static String json(Course course, String learner) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JsonOutput.generator(w)) {
      g.writeStartObject();
      g.writeStringField("learner", learner);
      g.writeArrayFieldStart("lessons");
      List<LessonInfo> lessons = course.lessons();
      for (int i = 0; i < lessons.size(); i++) {
        LessonInfo l = lessons.get(i);
        LessonStatus s = course.status(l.id(), learner);
        g.writeStartObject();
        g.writeNumberField("number", i + 1);
        g.writeStringField("id", l.id());
        g.writeStringField("title", l.title());
        g.writeStringField("summary", l.summary());
        g.writeBooleanField("exercises", l.exercises());
        g.writeNumberField("pages", l.pages());
        g.writeNumberField("questions", l.questions());
        g.writeNumberField("solved", s.solved());
        g.writeNumberField("attempted", s.attempted());
        g.writeNumberField("resume_page", s.page() + 1);
        g.writeBooleanField("finished", s.finished());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warnings");
      for (String warning : course.warnings()) {
        g.writeString(warning);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return w.toString();
  }
}
