package dev.descent.homework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How a set worked as a test, from a class's reports, as a learning-management system's quiz statistics give
 * it: per question the facility index (the mean score divided by the maximum), the discrimination index (the
 * Pearson correlation of the question's score with the score on the rest of the set), how many left it blank
 * and the most frequent named mistakes; per set the mean, median and sample standard deviation of the totals
 * and Cronbach's α. A figure that is not defined for the class (a correlation with a column that does not
 * vary, a standard deviation of one student) is null.
 */
public final class ItemAnalysis {
  /** The analysis of a class. */
  public record Result(SetFigures set, List<Item> questions) {
    public Result {
      questions = List.copyOf(questions);
    }
  }

  /**
   * The set's figures: the totals' mean, median and sample standard deviation (n − 1), Cronbach's α, and the
   * number of students; null where undefined.
   */
  public record SetFigures(Double mean, Double median, Double sd, Double alpha, int students) {}

  /** One question's figures; null where undefined. */
  public record Item(String id, double max, Double facility, Double discrimination, int blank,
      List<NamedMistake> mistakes) {
    public Item {
      mistakes = List.copyOf(mistakes);
    }
  }

  /** A named mistake, how many students made it, and the sentence that names it. */
  public record NamedMistake(String id, int count, String sentence) {}

  private ItemAnalysis() {}

  /** The analysis of {@code reports}, one per student, each with the set's questions in the same order. */
  public static Result of(List<Report> reports) {
    int n = reports.size();
    int k = reports.isEmpty() ? 0 : reports.get(0).questions().size();
    double[][] scores = new double[k][n];
    double[] totals = new double[n];
    int[] blank = new int[k];
    for (int j = 0; j < n; j++) {
      List<QuestionResult> qs = reports.get(j).questions();
      for (int i = 0; i < k; i++) {
        QuestionResult q = qs.get(i);
        scores[i][j] = q.earned();
        totals[j] += q.earned();
        blank[i] += q.status() == QuestionResult.Status.MISSING ? 1 : 0;
      }
    }
    Map<String, ClassSummary.QuestionTally> tallies = new java.util.HashMap<>();
    for (ClassSummary.QuestionTally t : ClassSummary.tally(reports)) {
      tallies.put(t.key(), t);
    }
    List<Item> items = new ArrayList<>();
    double itemVariances = 0;
    for (int i = 0; i < k; i++) {
      QuestionResult first = reports.get(0).questions().get(i);
      double max = first.points();
      double[] rest = new double[n];
      for (int j = 0; j < n; j++) {
        rest[j] = totals[j] - scores[i][j];
      }
      itemVariances += variance(scores[i]);
      Double facility = max > 0 ? mean(scores[i]) / max : null;
      items.add(new Item(first.key(), max, facility, correlation(scores[i], rest), blank[i],
          mistakes(tallies.get(first.key()))));
    }
    Double sd = n >= 2 ? Math.sqrt(variance(totals)) : null;
    Double alpha = n >= 2 && k >= 2 && variance(totals) > 0
        ? k / (k - 1.0) * (1 - itemVariances / variance(totals)) : null;
    SetFigures set = new SetFigures(n == 0 ? null : mean(totals), n == 0 ? null : median(totals), sd, alpha, n);
    return new Result(set, items);
  }

  private static List<NamedMistake> mistakes(ClassSummary.QuestionTally t) {
    List<NamedMistake> out = new ArrayList<>();
    if (t == null) {
      return out;
    }
    for (ClassSummary.MistakeCount m : t.mistakes().subList(0, Math.min(ClassSummary.TOP, t.mistakes().size()))) {
      out.add(new NamedMistake(m.id(), m.students(), sentence(m)));
    }
    return out;
  }

  /** The sentence that names a mistake: the catalogue's, or the id for a mistake this descent does not know. */
  static String sentence(ClassSummary.MistakeCount m) {
    return m.usual() == null ? m.id() : m.usual().sentence();
  }

  static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  static double median(double[] x) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The sample variance (divided by n − 1); 0 for fewer than two values. */
  static double variance(double[] x) {
    if (x.length < 2) {
      return 0;
    }
    double m = mean(x);
    double sum = 0;
    for (double v : x) {
      sum += (v - m) * (v - m);
    }
    return sum / (x.length - 1);
  }

  /**
   * Pearson's correlation of {@code x} and {@code y}; null when either does not vary (or there are fewer than
   * two values), where it is not defined. Values within 10⁻¹² of the mean's scale count as not varying.
   */
  static Double correlation(double[] x, double[] y) {
    if (x.length < 2) {
      return null;
    }
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx <= 1e-24 * Math.max(1, mx * mx) * x.length || syy <= 1e-24 * Math.max(1, my * my) * y.length) {
      return null;
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
