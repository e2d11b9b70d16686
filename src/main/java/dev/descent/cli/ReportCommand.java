package dev.descent.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.descent.course.Course;
import dev.descent.course.LearnerReport;
import dev.descent.render.JsonOutput;
import dev.descent.ui.ReportLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code descent report}: what the learner has mastered, their usual mistakes, what is due for review, time per lesson. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Print your report: questions right and time per lesson, problems mastered in practice, your most "
        + "frequent named mistakes with what each means, and the questions due for review.")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand DescentCommand parent;

  @Mixin CourseOptions options;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default ${DEFAULT-VALUE}).")
  ListCommand.Format format;

  @Override
  public Integer call() throws IOException {
    Console console = parent.console();
    CourseOptions options = this.options.over(parent.options());
    Course course = CourseSource.open(options.dataDir(console.env()), options.course);
    String learner = options.learner(console.env());
    PrintWriter out = spec.commandLine().getOut();
    LearnerReport r = course.report(learner);
    if (format == ListCommand.Format.json) {
      out.println(json(r));
    } else {
      out.println("Report for learner " + dev.descent.ui.Text.clean(learner) + ".");
      ReportLines.of(r).forEach(out::println);
    }
    out.flush();
    return Main.OK;
  }

  /** The report as JSON: lessons, mastered, mistakes (most frequent first) and review (soonest first). */
  static String json(LearnerReport r) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JsonOutput.generator(w)) {
      g.writeStartObject();
      g.writeStringField("learner", r.learner());
      g.writeStringField("at", r.at().toString());
      g.writeArrayFieldStart("lessons");
      for (LearnerReport.LessonLine l : r.lessons()) {
        g.writeStartObject();
        g.writeStringField("id", l.id());
        g.writeStringField("title", l.title());
        g.writeNumberField("solved", l.solved());
        g.writeNumberField("questions", l.questions());
        g.writeNumberField("seconds", l.seconds());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("mastered");
      for (LearnerReport.Mastered m : r.mastered()) {
        g.writeStartObject();
        g.writeStringField("lesson", m.lesson());
        g.writeStringField("problem", m.problem());
        g.writeStringField("title", m.title());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("mistakes");
      for (LearnerReport.MistakeLine m : r.mistakes()) {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeNumberField("count", m.count());
        g.writeStringField("explanation", m.explanation());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("due_now", r.dueNow());
      g.writeArrayFieldStart("review");
      for (LearnerReport.Due d : r.review()) {
        g.writeStartObject();
        g.writeStringField("lesson", d.lesson());
        g.writeStringField("question", d.question());
        g.writeNumberField("box", d.box());
        g.writeStringField("due", d.due().toString());
        g.writeBooleanField("due_now", d.dueAt(r.at()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return w.toString();
  }
}
