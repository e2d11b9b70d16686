package dev.descent.session;

import dev.descent.lesson.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code validate} finds by playing a file over many variants, each problem printed once: the first
 * variant's message, and, when the problem has more than one variant, in how many of them it was found
 * ("in 5 of 5 variants"). Two messages are the same problem when they differ only in numbers.
 */
final class Findings {
  private record Group(Diagnostic first, String scope, boolean drawn, Set<String> variants) {}

  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final Map<String, Set<String>> played = new HashMap<>();

  /** Notes that {@code variant} (its numbers, as text) of the problem {@code scope} was played. */
  void played(String scope, String variant) {
    played.computeIfAbsent(scope, k -> new HashSet<>()).add(variant);
  }

  /** Adds what was found in {@code variant} of the problem {@code scope}. */
  void add(String scope, String variant, Diagnostic d) {
    add(scope, variant, d, false);
  }

  /**
   * Adds a coincidence of the draw found in {@code variant}: it is kept only when some variants do not show it,
   * since one that every variant shows is how the problem is made, not what a draw did.
   */
  void addDrawn(String scope, String variant, Diagnostic d) {
    add(scope, variant, d, true);
  }

  private void add(String scope, String variant, Diagnostic d, boolean drawn) {
    played(scope, variant);
    groups.computeIfAbsent(core(d), k -> new Group(d, scope, drawn, new HashSet<>())).variants().add(variant);
  }

  /** Every problem once, in the order first found. */
  List<Diagnostic> all() {
    return allBut(new Findings());
  }

  /** Every problem once, but those {@code other} found too (numbers aside, at the same place). */
  List<Diagnostic> allBut(Findings other) {
    List<Diagnostic> out = new ArrayList<>();
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      Group g = e.getValue();
      if (other.groups.containsKey(e.getKey())) {
        continue;
      }
      int of = played.getOrDefault(g.scope(), Set.of()).size();
      if (g.drawn() && g.variants().size() == of) {
        continue;
      }
      Diagnostic d = g.first();
      out.add(of <= 1 ? d : new Diagnostic(d.file(), d.line(), d.column(), d.message() + " (in " + g.variants().size()
          + " of " + of + " variants)", d.warning()));
    }
    return out;
  }

  /** The place, the severity and the message with every number taken out. */
  private static String core(Diagnostic d) {
    return d.line() + ":" + d.column() + ":" + d.warning() + ":"
        + d.message().replaceAll("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?", "#");
  }
}
