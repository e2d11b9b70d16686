package dev.descent.homework;

import dev.descent.check.Value;
import dev.descent.check.Mistake;
import dev.descent.check.TableModel;
import dev.descent.engine.DescentException;
import dev.descent.lesson.LessonFile;
import dev.descent.render.Numbers;
import dev.descent.session.LessonVariant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a class's answer files from the answer key, with deliberate slips: some answers replaced by
 * a usual mistake's value, some left out, some unreadable, and now and then a line that is not an
 * answer. For tests, and for timing {@code descent grade} on a large class:
 *
 * <pre>
 *   java -cp target/descent.jar:target/test-classes dev.descent.homework.ClassFolder SET DIR COUNT [SEED]
 * </pre>
 */
public final class ClassFolder {
  private final LessonFile set;
  private final Random random;

  /** The share of answers replaced by a usual mistake, left out, and made unreadable. */
  private static final double MISTAKE = 0.2;
  private static final double LEFT_OUT = 0.05;
  private static final double UNREADABLE = 0.02;
  private static final double STRAY_LINE = 0.1;

  ClassFolder(LessonFile set, long seed) {
    this.set = set;
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: ClassFolder SET DIR COUNT [SEED]");
      System.exit(2);
    }
    LessonFile set = SetCatalog.of(List.of()).resolve(args[0]);
    Path dir = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    new ClassFolder(set, seed).write(dir, count);
    System.out.println("wrote " + count + " answer files of " + set.id() + " to " + dir);
  }

  /** Writes {@code count} files, student-0001.txt and on, into {@code dir}. */
  void write(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    for (int i = 1; i <= count; i++) {
      String student = String.format("student-%04d", i);
      Files.write(dir.resolve(student + ".txt"), lines(student), StandardCharsets.UTF_8);
    }
  }

  /** The lines of one student's answer file. */
  List<String> lines(String student) {
    LessonVariant v = new LessonVariant(set, student);
    List<String> out = new ArrayList<>();
    out.add("set: " + set.id());
    out.add("student: " + student);
    for (LessonVariant.Located l : v.questions().values()) {
      double roll = random.nextDouble();
      if (roll < LEFT_OUT) {
        out.add(l.key() + " =");
        continue;
      }
      if (roll < LEFT_OUT + UNREADABLE) {
        out.add(l.key() + " = no idea");
        continue;
      }
      boolean slip = roll < LEFT_OUT + UNREADABLE + MISTAKE;
      try {
        out.addAll(answer(v, l, slip));
      } catch (DescentException e) {
        out.add(l.key() + " =");
      }
      if (random.nextDouble() < STRAY_LINE / v.questions().size()) {
        out.add("I am not sure about this one");
      }
    }
    return out;
  }

  private List<String> answer(LessonVariant v, LessonVariant.Located l, boolean slip) {
    var o = v.outcome(l);
    if (o.answer() instanceof Value.Table t) {
      return table(l.key(), t.model(), slip);
    }
    Value written = o.answer();
    if (slip) {
      List<Mistake> same = o.mistakes().stream().filter(m -> m.value().getClass() == o.answer().getClass()).toList();
      if (!same.isEmpty()) {
        written = same.get(random.nextInt(same.size())).value();
      }
    }
    return List.of(l.key() + " = " + typed(written));
  }

  private List<String> table(String key, TableModel model, boolean slip) {
    List<String> out = new ArrayList<>(List.of(key + " ="));
    Double[] previous = null;
    for (int i = 0; i < model.steps().size(); i++) {
      double[] row = model.truth(i);
      if (slip && i == 0) {
        List<Mistake> wrong = model.mistakesFrom(0, null);
        if (!wrong.isEmpty()) {
          row = ((Value.Vector) wrong.get(random.nextInt(wrong.size())).value()).values();
        }
      } else if (slip) {
        double[] carried = model.expectedFrom(i, previous, null);
        row = carried == null ? row : carried;
      }
      List<String> cells = new ArrayList<>();
      previous = new Double[row.length];
      for (int c = 0; c < row.length; c++) {
        cells.add(Numbers.format(row[c]));
        previous[c] = row[c];
      }
      out.add("  " + model.steps().get(i) + ": " + String.join(", ", cells));
    }
    return out;
  }

  /** An answer as a student would write it; a derivative of one variable as the line it is. */
  static String typed(Value a) {
    if (a instanceof Value.Function f && f.variables().size() == 1) {
      double b = f.function().applyAsDouble(new double[] {0});
      double m = f.function().applyAsDouble(new double[] {1}) - b;
      return Numbers.format(m) + "*" + f.variables().get(0) + " + (" + Numbers.format(b) + ")";
    }
    String shown = a.show();
    return shown == null ? "" : shown;
  }
}
