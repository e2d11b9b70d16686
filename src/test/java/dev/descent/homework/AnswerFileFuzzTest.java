package dev.descent.homework;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.descent.engine.DescentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the homework answer-file reader: the input's bytes are an answer file, checked as {@code descent
 * check} does (the file's own header names the set and student) and as {@code descent grade} does (the set
 * and student given), and each report is written as text and JSON. Only descent's own {@link
 * DescentException} (such as {@link UnreadableFile}) may come out.
 */
class AnswerFileFuzzTest {
  private static final SetCatalog COURSE = SetCatalog.of(List.of());
  private static final AnswerCheck.Expected GRADE = new AnswerCheck.Expected(COURSE.byId("eight-steps-homework"),
      Optional.of(StudentId.of("bob")), Optional.of("bob-eight-steps-homework.txt"));

  @DictionaryEntries({"set: ", "student: ", "name: ", "sgd-homework", "eight-steps-homework", "curvature-homework",
      "adaptive-homework", "p1.", "p2.table =", "p3.guess = ", "  1: ", " # ", "step 2:"})
  @FuzzTest
  @Timeout(10)
  void checkAndGrade(byte[] input) throws IOException {
    read(input, AnswerCheck.Expected.NOTHING);
    read(input, GRADE);
  }

  private static void read(byte[] input, AnswerCheck.Expected expected) throws IOException {
    Report report;
    try {
      AnswerText.Lines lines = AnswerText.read(new ByteArrayInputStream(input));
      report = AnswerCheck.check("fuzz.txt", lines, COURSE, expected);
    } catch (DescentException unreadable) {
      ReportJson.writeUnreadable("fuzz.txt", unreadable.getMessage(), new StringWriter());
      return;
    }
    ReportText.lines(report);
    ReportJson.write(report, new StringWriter());
  }
}
