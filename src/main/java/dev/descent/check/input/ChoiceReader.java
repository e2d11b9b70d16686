package dev.descent.check.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the options a learner chose: each by id ({@code b}, {@code (b)}, {@code b)}, any case), by
 * 1-based number ({@code 2}) or by its full text; several separated by commas, spaces or "and".
 */
final class ChoiceReader {
  private static final Pattern BETWEEN = Pattern.compile("\\s*(?:[,;&/+]|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);

  private ChoiceReader() {}

  /** The ids of the chosen options, in the order of {@code options}. */
  static Set<String> read(String typed, List<Option> options, boolean multiple) {
    checkOptions(options);
    String text = TypedText.prepare(typed);
    if (text.isBlank()) {
      throw new AnswerFormatException("choose " + (multiple ? "one or more" : "one") + " of " + ids(options));
    }
    Set<Option> chosen = new HashSet<>();
    Optional<Option> whole = find(text, options);
    if (whole.isPresent()) {
      chosen.add(whole.get());
    } else {
      for (String part : BETWEEN.split(text.strip())) {
        chosen.addAll(part(part, options));
      }
    }
    if (chosen.isEmpty()) {
      throw new AnswerFormatException("choose " + (multiple ? "one or more" : "one") + " of " + ids(options));
    }
    List<String> ids = options.stream().filter(chosen::contains).map(Option::id).collect(Collectors.toList());
    if (!multiple && ids.size() > 1) {
      throw new AnswerFormatException("choose only one option; you gave " + String.join(" and ", ids));
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(ids));
  }

  /** The options named in one part: the part as a whole, or else each word of it. */
  private static List<Option> part(String part, List<Option> options) {
    if (part.isBlank()) {
      return List.of();
    }
    Optional<Option> whole = find(part, options);
    if (whole.isPresent()) {
      return List.of(whole.get());
    }
    List<Option> found = new ArrayList<>();
    for (String word : part.strip().split("\\s+")) {
      found.add(find(word, options).orElseThrow(() -> new AnswerFormatException(TypedText.quote(word)
          + " is not one of the options; type " + ids(options) + " (or their numbers, 1 to " + options.size() + ")")));
    }
    return found;
  }

  private static Optional<Option> find(String token, List<Option> options) {
    String core = core(token);
    for (Option o : options) {
      if (o.id().strip().equalsIgnoreCase(core)) {
        return Optional.of(o);
      }
    }
    if (!core.isEmpty() && core.length() <= 9 && core.chars().allMatch(c -> TypedText.isDigit((char) c))) {
      int n = Integer.parseInt(core);
      return n >= 1 && n <= options.size() ? Optional.of(options.get(n - 1)) : Optional.empty();
    }
    int letter = letterIndex(core, options);
    if (letter >= 0) {
      return Optional.of(options.get(letter));
    }
    String words = words(token);
    return options.stream().filter(o -> !words.isEmpty() && words(o.text()).equals(words)).findFirst();
  }

  /**
   * The position named by a letter (a is the first option) when no option's id is a single letter,
   * so that options with word ids can be shown and chosen as a), b), c); otherwise -1.
   */
  private static int letterIndex(String core, List<Option> options) {
    if (core.length() != 1 || !Character.isLetter(core.charAt(0)) || lettered(options)) {
      return -1;
    }
    int i = Character.toLowerCase(core.charAt(0)) - 'a';
    return i >= 0 && i < options.size() ? i : -1;
  }

  /** True when some option's id is a single letter, so letters mean ids. */
  static boolean lettered(List<Option> options) {
    return options.stream().anyMatch(o -> o.id().strip().length() == 1 && Character.isLetter(o.id().strip().charAt(0)));
  }

  /** {@code (b)}, {@code b)}, {@code [b]} and {@code b.} all name b. */
  private static String core(String token) {
    String t = token.strip();
    int a = 0;
    int b = t.length();
    while (a < b && (t.charAt(a) == '(' || t.charAt(a) == '[')) {
      a++;
    }
    while (b > a && ")].:".indexOf(t.charAt(b - 1)) >= 0) {
      b--;
    }
    return t.substring(a, b).strip();
  }

  /** Text compared without case, surrounding or repeated spaces, or a final full stop. */
  private static String words(String text) {
    String w = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1).strip() : w;
  }

  private static String ids(List<Option> options) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      ids.add(lettered(options) || options.size() > 26 ? options.get(i).id() : String.valueOf((char) ('a' + i)));
    }
    if (ids.size() == 1) {
      return ids.get(0);
    }
    return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
  }

  private static void checkOptions(List<Option> options) {
    if (options == null || options.isEmpty()) {
      throw new IllegalArgumentException("a choice needs at least one option");
    }
    Set<String> seen = new HashSet<>();
    for (Option o : options) {
      if (!seen.add(o.id().strip().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("the option id " + o.id() + " is given twice");
      }
    }
  }
}
