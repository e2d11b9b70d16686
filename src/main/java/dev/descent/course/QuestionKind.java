package dev.descent.course;

import java.util.ArrayList;
import java.util.List;

/**
 * What kind of answer a question expects: descent's one list of answer kinds. Each kind knows its name
 * in lesson files and reports, how a sentence names it, whether it is typed as numbers, and how a
 * learner writes it: the note under the input field, the line of a homework sheet and the comment of
 * an answer file, each with its example. The examples are fixed for now; {@link #example} is where a
 * question's own example, one that does not give its answer away, is to be chosen.
 */
public enum QuestionKind {
  /** One number. */
  NUMBER("number", "a number", true, "a number", "0.25, 1/4 or 2.5e-1", null, null,
      "number      0.25, 1/4, 2.5e-1 or sqrt(2)/2, to four significant digits or more", ""),
  /** A vector, one number for each coordinate. */
  VECTOR("vector", "a vector", true, "numbers in order", "(1.2, -0.4)", null, null,
      "vector      (1.2, -0.4), numbers in the order asked", "numbers, such as (1, 2)") {
    @Override public String fileNote(Question q, int size, List<String> variables) {
      return size > 0 ? size + " numbers, such as (" + String.join(", ", oneTo(size)) + ")" : super.fileNote(q, 0, variables);
    }
  },
  /** A matrix, row by row. */
  MATRIX("matrix", "a matrix", true, "rows separated by ';'", "10 0; 0 26", null, null,
      "matrix      10 0; 0 26  (rows separated by ';')  or  [[10, 0], [0, 26]]",
      "rows separated by ';', such as 1 0; 0 1"),
  /** A formula in the question's variables, such as a derivative. */
  EXPRESSION("expression", "an expression", false, "an expression", "2w - 4", null, null,
      "formula     2(w - 4) or 2w - 8, in the question's variables", "such as 2(w - 1)") {
    @Override public String fileNote(Question q, int size, List<String> variables) {
      return "a formula" + (variables.isEmpty() ? "" : " in " + String.join(", ", variables)) + ", " + fileNote;
    }
  },
  /** One option, or several when the question says so. */
  CHOICE("choice", "a choice", false, "the letter of one option", "b", "the letters of every right option", "a, c",
      "choice      the option's letter, such as b (several: a, c)", "") {
    @Override public String fileNote(Question q, int size, List<String> variables) {
      List<String> ids = new ArrayList<>();
      for (Question.Choice c : q.choices()) {
        ids.add(c.id());
      }
      return q.multiple() ? "every right option, such as " + ids.get(0) + ", " + ids.get(ids.size() - 1) + " (of "
          + joined(ids, " or ") + ")" : "one of " + joined(ids, " or ");
    }
  },
  /** A table of a run, one row per step. */
  TABLE("table", "a table", true, "one row per step, numbers in the column order", "", null, null,
      "table       one line per step under the question's line:  1: 0.2, 2.62", "one row per step") {
    @Override public String fileNote(Question q, int size, List<String> variables) {
      return q.table() == null ? super.fileNote(q, size, variables)
          : "on each step's line, " + joined(q.table().columns(), " and ") + ", separated by commas";
    }
  };

  private final String id;
  private final String article;
  private final boolean numbers;
  private final String how;
  private final String example;
  private final String howSeveral;
  private final String exampleSeveral;
  private final String sheetLine;
  /** The answer file's comment, or its ending where the kind adds what it knows of the question. */
  final String fileNote;

  QuestionKind(String id, String article, boolean numbers, String how, String example, String howSeveral,
      String exampleSeveral, String sheetLine, String fileNote) {
    this.id = id;
    this.article = article;
    this.numbers = numbers;
    this.how = how;
    this.example = example;
    this.howSeveral = howSeveral == null ? how : howSeveral;
    this.exampleSeveral = exampleSeveral == null ? example : exampleSeveral;
    this.sheetLine = sheetLine;
    this.fileNote = fileNote;
  }

  /** The kind's name in lesson files and reports, such as {@code number}. */
  public String id() {
    return id;
  }

  /** The kind named {@code id} in a lesson file, or null. */
  public static QuestionKind named(String id) {
    for (QuestionKind k : values()) {
      if (k.id.equals(id)) {
        return k;
      }
    }
    return null;
  }

  /** The names of every kind, in order. */
  public static List<String> ids() {
    List<String> out = new ArrayList<>();
    for (QuestionKind k : values()) {
      out.add(k.id);
    }
    return out;
  }

  /** The kind in a sentence: "a number", "an expression". */
  public String article() {
    return article;
  }

  /** True when the answer is typed as numbers, so that a tolerance applies to it. */
  public boolean typedAsNumbers() {
    return numbers;
  }

  /** An example of an answer of this kind as a learner types it, with several options when {@code multiple}. */
  public String example(boolean multiple) {
    return multiple ? exampleSeveral : example;
  }

  /** The short note under an input field on how to type the answer: "a number, such as 0.25, 1/4 or 2.5e-1". */
  public String inputHint(boolean multiple) {
    String e = example(multiple);
    return (multiple ? howSeveral : how) + (e.isEmpty() ? "" : ", such as " + e);
  }

  /** The line of a homework sheet that says how to write answers of this kind in the answer file. */
  public String sheetLine() {
    return sheetLine;
  }

  /**
   * The comment over a question's line in an answer file on how to write its answer, or "" for a single
   * number; {@code size} is a vector answer's length and {@code variables} an expression's, when known
   * (0 and empty when not).
   */
  public String fileNote(Question q, int size, List<String> variables) {
    return fileNote;
  }

  private static List<String> oneTo(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(String.valueOf(i));
    }
    return out;
  }

  /** "a, b or c" with {@code last} as " or ", or "a, b and c" with " and ". */
  private static String joined(List<String> items, String last) {
    return items.size() == 1 ? items.get(0)
        : String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
  }
}
