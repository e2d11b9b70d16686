package dev.descent.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.descent.course.Feedback;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the checker through one small lesson question of each kind: any text at all must get a reply,
 * never an exception, and a reply that cannot read the answer must say why. The input, read as UTF-8, is
 * typed at every question; for the table its lines are rows and {@code |} separates cells.
 */
class CheckerFuzzTest {
  private static final String CHOICES = "\"choices\": [{\"id\": \"converges\", \"text\": \"converges\"}, "
      + "{\"id\": \"oscillates\", \"text\": \"bounces forever\"}, {\"id\": \"diverges\", \"text\": \"runs away\"}]";
  private static final List<Drill> SINGLE = List.of(
      Drill.of("number", "{\"compute\": \"sgd\", \"model\": \"linear\", \"w\": 0, \"x\": 2, \"y\": 1, \"eta\": 0.1, "
          + "\"take\": \"new_w\"}"),
      Drill.of("vector", "{\"compute\": \"gradient\", \"f\": \"5x^2 + 13y^2\", \"at\": {\"x\": 1, \"y\": 1}}"),
      Drill.of("vector", "{\"compute\": \"hessian\", \"f\": \"5x^2 + 13y^2\", \"at\": {\"x\": 0, \"y\": 0}, "
          + "\"take\": \"eigenvalues\"}"),
      Drill.of("matrix", "{\"compute\": \"hessian\", \"f\": \"x^2 + x y + 3y^2\", \"at\": {\"x\": 0, \"y\": 0}, "
          + "\"take\": \"matrix\"}"),
      Drill.of("expression", "{\"compute\": \"derivative\", \"f\": \"w^2 - 4w + 5\", \"wrt\": \"w\"}"),
      Drill.of("choice", "{\"compute\": \"behaviour\", \"f\": \"w^2 - 4w + 5\", \"start\": {\"w\": 0}, "
          + "\"eta\": 1.5, \"steps\": 20}", CHOICES),
      Drill.of("choice", "{\"compute\": \"fixed\", \"correct\": [\"a\", \"c\"]}", "\"multiple\": true, "
          + "\"choices\": [{\"id\": \"a\", \"text\": \"one\"}, {\"id\": \"b\", \"text\": \"two\"}, "
          + "{\"id\": \"c\", \"text\": \"three\"}]"));
  private static final Drill TABLE = Drill.of("table", "{\"compute\": \"table\", \"f\": \"w^2 - 4w + 5\", "
      + "\"start\": {\"w\": 0}, \"eta\": 0.3}", "\"columns\": [\"w\", \"loss\"], \"rows\": [1, 8]");

  @FuzzTest
  @Timeout(10)
  void anyTextGetsAReply(byte[] input) {
    String typed = new String(input, StandardCharsets.UTF_8);
    for (Drill d : SINGLE) {
      clear(d.type(typed));
    }
    clear(TABLE.table(rows(typed)));
  }

  private static List<List<String>> rows(String typed) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : typed.split("\n", -1)) {
      rows.add(List.of(line.split("\\|", -1)));
    }
    return rows;
  }

  private static void clear(Feedback f) {
    if (f == null || f.headline().isBlank()
        || f.verdict() == Feedback.Verdict.UNREADABLE && (f.details().isEmpty() || f.details().get(0).isBlank())) {
      throw new AssertionError("no clear reply: " + f);
    }
  }
}
