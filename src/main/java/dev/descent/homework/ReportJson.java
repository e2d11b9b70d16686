package dev.descent.homework;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.descent.render.JsonOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A report as JSON for scripts: the same content as the text report, with statuses and kinds as
 * lower-case words, points rounded to two decimals, and lines as numbers (null when there is none).
 * A file that could not be read at all is {@code {"file": …, "readable": false, "error": …}}.
 */
public final class ReportJson {
  private ReportJson() {}

  /** Writes {@code r} to {@code out}, followed by a newline; {@code out} is flushed, not closed. */
  public static void write(Report r, Writer out) {
    try (JsonGenerator g = generator(out)) {
      write(r, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    newline(out);
  }

  /** Writes the object for a file that could not be read. */
  public static void writeUnreadable(String source, String error, Writer out) {
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeStringField("file", source);
      g.writeBooleanField("readable", false);
      g.writeStringField("error", error);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    newline(out);
  }

  /** Writes {@code r} as one object to an open generator. */
  static void write(Report r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", r.source());
    g.writeBooleanField("readable", true);
    g.writeStringField("set", r.setId());
    g.writeStringField("title", r.setTitle());
    g.writeStringField("student", r.student().value());
    g.writeStringField("name", r.name().isEmpty() ? null : r.name());
    g.writeFieldName("points");
    g.writeNumber(points(r.earned()));
    g.writeFieldName("max");
    g.writeNumber(points(r.max()));
    g.writeBooleanField("allRight", r.allRight());
    g.writeObjectFieldStart("counts");
    for (QuestionResult.Status s : QuestionResult.Status.values()) {
      g.writeNumberField(word(s), r.count(s));
    }
    g.writeEndObject();
    g.writeArrayFieldStart("questions");
    for (QuestionResult q : r.questions()) {
      question(q, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("problems");
    for (Note n : r.notes()) {
      g.writeStartObject();
      line(g, n.line());
      g.writeStringField("message", n.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void question(QuestionResult q, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", q.key());
    g.writeStringField("kind", q.kind().id());
    g.writeStringField("status", word(q.status()));
    g.writeFieldName("points");
    g.writeNumber(points(q.points()));
    g.writeFieldName("earned");
    g.writeNumber(points(q.earned()));
    line(g, q.line());
    g.writeStringField("headline", q.headline());
    g.writeArrayFieldStart("details");
    for (String d : q.details()) {
      g.writeString(d);
    }
    g.writeEndArray();
    g.writeStringField("mistake", q.mistake());
    if (!q.rows().isEmpty()) {
      g.writeArrayFieldStart("rows");
      for (QuestionResult.RowResult row : q.rows()) {
        g.writeStartObject();
        g.writeNumberField("step", row.step());
        line(g, row.line());
        g.writeStringField("status", row.verdict().name().toLowerCase(Locale.ROOT));
        g.writeStringField("note", row.note());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** The status as JSON names it: right, partly, wrong, missing, unreadable. */
  static String word(QuestionResult.Status s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  private static void line(JsonGenerator g, int line) throws IOException {
    if (line > 0) {
      g.writeNumberField("line", line);
    } else {
      g.writeNullField("line");
    }
  }

  private static BigDecimal points(double p) {
    return new BigDecimal(Points.format(p));
  }

  private static JsonGenerator generator(Writer out) throws IOException {
    return JsonOutput.generator(out);
  }

  private static void newline(Writer out) {
    try {
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
