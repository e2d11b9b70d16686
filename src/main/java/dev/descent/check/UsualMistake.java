package dev.descent.check;

import dev.descent.render.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * One usual mistake of the catalogue ({@link UsualMistakes}): its id, stable because progress files
 * and homework reports keep it; its sentence for the learner; and its short form for an instructor's
 * summary. A sentence that needs a variant's numbers holds them as holes, such as {@code {k - 1}}: the
 * catalogue's sentence shows the hole's name ("the rate of step k - 1"), a learner's shows the number
 * ("the rate of step 3"); a hole written {@code {tau=}} shows "tau" and "tau = 1.5". Each kind of entry
 * takes exactly the numbers its sentence needs, so that a question can neither leave one out nor
 * word the sentence again.
 */
public abstract sealed class UsualMistake
    permits UsualMistake.Plain, UsualMistake.AtStep, UsualMistake.Naming, UsualMistake.TwoNumbers,
    UsualMistake.NumberAndName {
  private final String id;
  private final String shortForm;
  private final String template;

  private UsualMistake(String id, String shortForm, String template, int holes) {
    this.id = id;
    this.shortForm = shortForm;
    this.template = template;
    if (holes(template).size() != holes) {
      throw new IllegalArgumentException("the sentence of " + id + " needs " + holes + " holes: " + template);
    }
  }

  /** The id, as progress files and homework reports keep it, such as {@code dropped-two}. */
  public String id() {
    return id;
  }

  /** A few words for an instructor's summary, such as dropped-two's: dropped the 2 of a square. */
  public String shortForm() {
    return shortForm;
  }

  /** The learner's sentence with each number shown by its name: "That is the rate of step k - 1: …". */
  public String sentence() {
    return fill(null);
  }

  @Override
  public String toString() {
    return id;
  }

  /** The sentence with the i-th distinct hole filled by {@code values[i]}, or by its name when values is null. */
  private String fill(String[] values) {
    List<String> names = new ArrayList<>(2);
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', i)) {
      int close = template.indexOf('}', open);
      String hole = template.substring(open + 1, close);
      boolean shownWithName = hole.endsWith("=");
      String name = shownWithName ? hole.substring(0, hole.length() - 1) : hole;
      if (!names.contains(name)) {
        names.add(name);
      }
      String value = values == null ? null : values[names.indexOf(name)];
      out.append(template, i, open).append(value == null ? name : shownWithName ? name + " = " + value : value);
      i = close + 1;
    }
    return out.append(template, i, template.length()).toString();
  }

  private static List<String> holes(String template) {
    List<String> names = new ArrayList<>(2);
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
      String hole = template.substring(open + 1, template.indexOf('}', open));
      String name = hole.endsWith("=") ? hole.substring(0, hole.length() - 1) : hole;
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  Wording say(String... values) {
    return new Wording(this, fill(values));
  }

  /** A mistake whose sentence needs no numbers. */
  public static final class Plain extends UsualMistake {
    Plain(String id, String shortForm, String sentence) {
      super(id, shortForm, sentence, 0);
    }

    /** The sentence, ready to be paired with the wrong answer. */
    public Wording said() {
      return say();
    }

    /** This mistake, leading to {@code value} for this variant. */
    public Mistake of(Value value) {
      return said().of(value);
    }
  }

  /** A mistake whose sentence names a step of a run (or of a count), such as "step k - 1". */
  public static final class AtStep extends UsualMistake {
    AtStep(String id, String shortForm, String sentence) {
      super(id, shortForm, sentence, 1);
    }

    /** The sentence for step {@code step}. */
    public Wording at(int step) {
      return say(Integer.toString(step));
    }
  }

  /** A mistake whose sentence names something of this variant in words, such as the sum under a root. */
  public static final class Naming extends UsualMistake {
    Naming(String id, String shortForm, String sentence) {
      super(id, shortForm, sentence, 1);
    }

    /** The sentence with {@code name} in its hole. */
    public Wording naming(String name) {
      return say(name);
    }
  }

  /** A mistake whose sentence shows two numbers of this variant. */
  public static final class TwoNumbers extends UsualMistake {
    TwoNumbers(String id, String shortForm, String sentence) {
      super(id, shortForm, sentence, 2);
    }

    /** The sentence with {@code first} and {@code second} in its holes, as descent writes numbers. */
    public Wording with(double first, double second) {
      return say(Numbers.format(first), Numbers.format(second));
    }
  }

  /** A mistake whose sentence shows a number and names something of this variant in words. */
  public static final class NumberAndName extends UsualMistake {
    NumberAndName(String id, String shortForm, String sentence) {
      super(id, shortForm, sentence, 2);
    }

    /** The sentence with {@code number} and {@code name} in its holes. */
    public Wording with(double number, String name) {
      return say(Numbers.format(number), name);
    }
  }

  /** A usual mistake in this variant's words, to be paired with the wrong answer it leads to. */
  public record Wording(UsualMistake mistake, String sentence) {
    /** The mistake leading to {@code value}. */
    public Mistake of(Value value) {
      return new Mistake(mistake, sentence, value);
    }

    /** The same mistake made only in the last step of a run. */
    public Wording inLastStep() {
      return new Wording(mistake, sentence + " (in the last step)");
    }
  }
}
