package dev.descent.homework;

import java.util.List;

/**
 * The grading of one answer file: where it came from, the set, the student (and the name they gave),
 * one result per question of the set in order, and the notes on lines that could not be used.
 */
public record Report(String source, String setId, String setTitle, StudentId student, String name,
    List<QuestionResult> questions, List<Note> notes) {

  public Report {
    questions = List.copyOf(questions);
    notes = List.copyOf(notes);
  }

  /** The points earned. */
  public double earned() {
    double sum = 0;
    for (QuestionResult q : questions) {
      sum += q.earned();
    }
    return sum;
  }

  /** The points there are. */
  public double max() {
    double sum = 0;
    for (QuestionResult q : questions) {
      sum += q.points();
    }
    return sum;
  }

  /** How many questions have {@code status}. */
  public long count(QuestionResult.Status status) {
    long n = 0;
    for (QuestionResult q : questions) {
      n += q.status() == status ? 1 : 0;
    }
    return n;
  }

  /** True when every question is right and no line of the file was reported. */
  public boolean allRight() {
    return notes.isEmpty() && count(QuestionResult.Status.RIGHT) == questions.size();
  }
}
