package dev.descent.homework;

import dev.descent.check.UsualMistake;
import dev.descent.check.UsualMistakes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a class got wrong and how: for each question, how many students were right, partly right,
 * wrong, missing or unreadable, and the named mistakes most often made, each with how many made it
 * and the catalogue's sentence for it ({@link UsualMistakes}).
 */
public final class ClassSummary {
  /** The most mistakes listed per question. */
  public static final int TOP = 3;

  private ClassSummary() {}

  /** One question's tally. */
  public record QuestionTally(String key, Map<QuestionResult.Status, Integer> statuses, List<MistakeCount> mistakes,
      int unnamedWrong) {}

  /** A named mistake and how many students made it. */
  public record MistakeCount(String id, int students) {
    /** The catalogue's entry for the mistake, or null for an id this descent does not know. */
    public UsualMistake usual() {
      return UsualMistakes.byId(id);
    }
  }

  /** The tally of every question, in the set's order. */
  public static List<QuestionTally> tally(List<Report> reports) {
    Map<String, Map<QuestionResult.Status, Integer>> statuses = new LinkedHashMap<>();
    Map<String, Map<String, MistakeCount>> mistakes = new LinkedHashMap<>();
    Map<String, Integer> unnamed = new LinkedHashMap<>();
    for (Report r : reports) {
      for (QuestionResult q : r.questions()) {
        statuses.computeIfAbsent(q.key(), k -> new EnumMap<>(QuestionResult.Status.class)).merge(q.status(), 1,
            Integer::sum);
        Map<String, MistakeCount> m = mistakes.computeIfAbsent(q.key(), k -> new LinkedHashMap<>());
        boolean wrong = q.status() == QuestionResult.Status.WRONG || q.status() == QuestionResult.Status.PARTLY;
        if (q.mistake() != null) {
          m.merge(q.mistake(), new MistakeCount(q.mistake(), 1),
              (a, b) -> new MistakeCount(a.id(), a.students() + 1));
        } else if (wrong) {
          unnamed.merge(q.key(), 1, Integer::sum);
        }
      }
    }
    List<QuestionTally> out = new ArrayList<>();
    for (String key : statuses.keySet()) {
      List<MistakeCount> sorted = new ArrayList<>(mistakes.get(key).values());
      sorted.sort((a, b) -> Integer.compare(b.students(), a.students()));
      out.add(new QuestionTally(key, statuses.get(key), sorted, unnamed.getOrDefault(key, 0)));
    }
    return out;
  }

  /** The summary as lines: the questions anyone got wrong, each with its most frequent mistakes. */
  public static List<String> lines(List<Report> reports) {
    List<String> out = new ArrayList<>();
    List<QuestionTally> tallies = tally(reports);
    int keyWidth = tallies.stream().mapToInt(t -> t.key().length()).max().orElse(0);
    boolean any = false;
    for (QuestionTally t : tallies) {
      int right = t.statuses().getOrDefault(QuestionResult.Status.RIGHT, 0);
      if (right == reports.size()) {
        continue;
      }
      any = true;
      out.add("  " + t.key() + " ".repeat(keyWidth - t.key().length()) + "  " + statuses(t));
      for (MistakeCount m : t.mistakes().subList(0, Math.min(TOP, t.mistakes().size()))) {
        UsualMistake usual = m.usual();
        out.add(String.format("  %" + (keyWidth + 6) + "d  %s%s", m.students(), m.id(),
            usual == null ? "" : ": " + usual.sentence()));
      }
      if (t.mistakes().size() > TOP) {
        int rest = t.mistakes().stream().skip(TOP).mapToInt(MistakeCount::students).sum();
        List<String> which = new ArrayList<>();
        for (MistakeCount m : t.mistakes().subList(TOP, t.mistakes().size())) {
          which.add(m.usual() == null ? m.id() : m.usual().shortForm());
        }
        out.add(String.format("  %" + (keyWidth + 6) + "d  %s", rest, "other named mistakes: " + String.join("; ", which)));
      }
      if (t.unnamedWrong() > 0) {
        out.add(String.format("  %" + (keyWidth + 6) + "d  %s", t.unnamedWrong(), "wrong in another way"));
      }
    }
    if (!any) {
      out.add("  every student answered every question right");
    }
    return out;
  }

  private static String statuses(QuestionTally t) {
    List<String> parts = new ArrayList<>();
    for (QuestionResult.Status s : QuestionResult.Status.values()) {
      int n = t.statuses().getOrDefault(s, 0);
      if (n > 0) {
        parts.add(n + " " + s.words());
      }
    }
    return String.join(", ", parts);
  }
}
