package dev.descent.ui.demo;

import dev.descent.course.Feedback;
import dev.descent.course.Feedback.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A choice question with one right option. */
record ChoiceJudge(String right, Set<String> ids, String why) implements Judge {

  @Override
  public Feedback judge(List<List<String>> cells) {
    String typed = cells.isEmpty() || cells.get(0).isEmpty() ? "" : cells.get(0).get(0);
    String id = typed.strip().toLowerCase(Locale.ROOT).replace(")", "");
    if (!ids.contains(id)) {
      return Judge.simple(Verdict.UNREADABLE, "Could not read '" + typed.strip() + "' as one of the options.", null,
          List.of("Type the letter of an option: " + String.join(", ", ids.stream().sorted().toList()) + "."));
    }
    if (id.equals(right)) {
      return Judge.simple(Verdict.RIGHT, "Right: " + why, null, List.of());
    }
    return Judge.simple(Verdict.WRONG, "Wrong: option " + id + " is not it.", null, List.of(why));
  }
}
