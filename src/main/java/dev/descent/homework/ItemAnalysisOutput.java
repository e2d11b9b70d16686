package dev.descent.homework;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.descent.render.JsonOutput;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An item analysis as JSON for scripts ({@code {"set": {"mean", "median", "sd", "alpha", "students"},
 * "questions": [{"id", "max", "facility", "discrimination", "blank", "mistakes": [{"id", "count",
 * "sentence"}]}]}}, figures rounded to four decimals, null where undefined) and as a table for the screen.
 */
public final class ItemAnalysisOutput {
  private static final int DECIMALS = 4;

  private ItemAnalysisOutput() {}

  /** Writes {@code a} to {@code out} as JSON, followed by a newline. */
  public static void json(ItemAnalysis.Result a, Writer out) throws IOException {
    try (JsonGenerator g = JsonOutput.generator(out)) {
      g.writeStartObject();
      g.writeObjectFieldStart("set");
      number(g, "mean", a.set().mean());
      number(g, "median", a.set().median());
      number(g, "sd", a.set().sd());
      number(g, "alpha", a.set().alpha());
      g.writeNumberField("students", a.set().students());
      g.writeEndObject();
      g.writeArrayFieldStart("questions");
      for (ItemAnalysis.Item q : a.questions()) {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        number(g, "max", q.max());
        number(g, "facility", q.facility());
        number(g, "discrimination", q.discrimination());
        g.writeNumberField("blank", q.blank());
        g.writeArrayFieldStart("mistakes");
        for (ItemAnalysis.NamedMistake m : q.mistakes()) {
          g.writeStartObject();
          g.writeStringField("id", m.id());
          g.writeNumberField("count", m.count());
          g.writeStringField("sentence", m.sentence());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }

  private static void number(JsonGenerator g, String name, Double value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros());
    }
  }

  /** The analysis as lines for the screen: one row per question, then the set's figures. */
  public static List<String> lines(ItemAnalysis.Result a) {
    List<String> out = new ArrayList<>();
    int idWidth = "question".length();
    for (ItemAnalysis.Item q : a.questions()) {
      idWidth = Math.max(idWidth, q.id().length());
    }
    out.add(String.format(Locale.ROOT, "  %-" + idWidth + "s  %5s  %8s  %14s  %5s  %s", "question", "max", "facility",
        "discrimination", "blank", "most frequent named mistake"));
    for (ItemAnalysis.Item q : a.questions()) {
      String top = q.mistakes().isEmpty() ? "" : q.mistakes().get(0).id() + " (" + q.mistakes().get(0).count() + ")";
      out.add(String.format(Locale.ROOT, "  %-" + idWidth + "s  %5s  %8s  %14s  %5d  %s", q.id(),
          Points.format(q.max()), figure(q.facility()), figure(q.discrimination()), q.blank(), top).stripTrailing());
    }
    ItemAnalysis.SetFigures s = a.set();
    out.add("  Totals of " + s.students() + " student" + (s.students() == 1 ? "" : "s") + ": mean " + figure(s.mean())
        + ", median " + figure(s.median()) + ", standard deviation " + figure(s.sd()) + " (sample), Cronbach's alpha "
        + figure(s.alpha()) + ".");
    return out;
  }

  /** A figure for the table: two decimals, or "-" where undefined. */
  private static String figure(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }
}
