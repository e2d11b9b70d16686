package dev.descent.homework;

import dev.descent.engine.DescentException;
import dev.descent.lesson.LessonFile;
import dev.descent.session.LessonVariant;
import dev.descent.session.NumbersFingerprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * From the lines of an answer file to its report: finds the set and the student the file names, checks
 * them against what the caller expects, and grades. Used by {@code descent check} for one file and by
 * {@code descent grade} for each file of a class.
 */
public final class AnswerCheck {
  private AnswerCheck() {}

  /**
   * What the caller knows beforehand: the set every file must be for ({@code descent grade}), the
   * student the file must belong to ({@code descent check --student}), and the file's name, which
   * should mention the student when the set is fixed. Each may be absent.
   */
  public record Expected(Optional<LessonFile> set, Optional<StudentId> student, Optional<String> fileName) {
    /** Nothing expected: the file's own header decides. */
    public static final Expected NOTHING = new Expected(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The report on an answer file.
   *
   * @throws UnreadableFile when the file names no set or student (and none is expected), names an
   *     unknown set, or is for another set than the expected one
   */
  public static Report check(String source, AnswerText.Lines lines, SetCatalog catalog, Expected expected) {
    return check(source, lines, catalog, expected, null);
  }

  /**
   * As {@link #check(String, AnswerText.Lines, SetCatalog, Expected)}, sharing the engine's outcomes and
   * the judgements with the other files of a class ({@code judged} is for the expected set only, or null;
   * with it, the report's results are in the compact form a class keeps).
   */
  static Report check(String source, AnswerText.Lines lines, SetCatalog catalog, Expected expected,
      Judgements judged) {
    if (blank(lines.lines())) {
      throw new UnreadableFile("it is empty; start from the answer file that 'descent homework SET --student ID' "
          + "prints");
    }
    AnswerFile file = AnswerFile.parse(lines);
    List<Note> notes = new ArrayList<>();
    LessonFile set = set(source, file, catalog, expected, notes);
    sameCopy(file, catalog, set, notes);
    StudentId student = student(file, expected, notes);
    if (expected.fileName().isPresent()) {
      String name = expected.fileName().get();
      if (!name.toLowerCase(Locale.ROOT).contains(student.value())) {
        notes.add(new Note(file.student().line(), "the file's name " + name + " does not mention " + student
            + ", the student this file names; check that " + student + " handed it in"));
      }
    }
    sameNumbers(file, set, student, notes);
    AnswerFile withNotes = new AnswerFile(file.set(), file.student(), file.name(), file.course(), file.numbers(),
        file.entries(), concat(file.notes(), notes));
    return Grader.grade(set, withNotes, student, source, judged);
  }

  private static LessonFile set(String source, AnswerFile file, SetCatalog catalog, Expected expected,
      List<Note> notes) {
    if (!file.set().present()) {
      if (expected.set().isEmpty()) {
        throw new UnreadableFile("it names no exercise set; add a line such as 'set: sgd-homework' at the top "
            + "(the sets are: " + String.join(", ", catalog.setIds()) + ")");
      }
      notes.add(new Note(0, "the file names no set; it was graded as " + expected.set().get().id()
          + " (add the line 'set: " + expected.set().get().id() + "')"));
      return expected.set().get();
    }
    String id = file.set().value();
    if (expected.set().isPresent()) {
      LessonFile want = expected.set().get();
      if (!want.id().equals(id)) {
        throw new UnreadableFile("line " + file.set().line() + ": it is for the set " + AnswerFile.shorten(id)
            + ", not " + want.id());
      }
      return want;
    }
    Optional<SetOrigin> origin = file.course().present() ? Optional.of(SetOrigin.parse(file.course().value()))
        : Optional.empty();
    try {
      return catalog.byIdOrOrigin(id, origin, source);
    } catch (UnreadableFile e) {
      throw new UnreadableFile("line " + file.set().line() + ": " + e.getMessage());
    }
  }

  /**
   * Notes an answer file whose {@code course:} line has another fingerprint than the set it is graded with:
   * the set file was changed after the sheet was made (or the student has another copy), so the numbers may
   * differ from the sheet's.
   */
  private static void sameCopy(AnswerFile file, SetCatalog catalog, LessonFile set, List<Note> notes) {
    if (!file.course().present()) {
      return;
    }
    SetOrigin written = SetOrigin.parse(file.course().value());
    Optional<SetOrigin> actual = catalog.origin(set);
    if (!written.fingerprint().isEmpty() && actual.isPresent() && !actual.get().fingerprint().isEmpty()
        && !written.fingerprint().equals(actual.get().fingerprint())) {
      notes.add(new Note(file.course().line(), "this answer file was made from another version of "
          + AnswerFile.shorten(written.fileName()) + " than " + AnswerFile.shorten(actual.get().fileName())
          + ", the one it was graded with (sha256 " + written.fingerprint() + ", not " + actual.get().fingerprint()
          + "): if the set was changed since the sheet was made, the numbers may differ from the sheet's"));
    }
  }

  /**
   * Notes an answer file whose {@code numbers:} line is not the fingerprint of the numbers the set gives the
   * student now: the set was changed after the sheet was made, so the sheet's numbers are not the ones graded.
   */
  private static void sameNumbers(AnswerFile file, LessonFile set, StudentId student, List<Note> notes) {
    if (!file.numbers().present()) {
      return;
    }
    String written = file.numbers().value();
    if (!NumbersFingerprint.wellFormed(written)) {
      notes.add(new Note(file.numbers().line(), "'numbers:' holds the " + NumbersFingerprint.DIGITS + " hexadecimal "
          + "digits the template wrote, not " + AnswerFile.shorten(written) + "; copy the line from a new template"));
      return;
    }
    String now = NumbersFingerprint.of(new LessonVariant(set, student.value()));
    if (!now.equalsIgnoreCase(written)) {
      notes.add(new Note(file.numbers().line(), "this file was made for other numbers than " + set.id() + " gives "
          + student + " now (numbers " + written + ", now " + now + "): the set was changed after the sheet was "
          + "made, and the answers are checked against today's numbers; get today's sheet with 'descent homework "
          + set.id() + " --student " + student + "'"));
    }
  }

  private static StudentId student(AnswerFile file, Expected expected, List<Note> notes) {
    Optional<StudentId> named = Optional.empty();
    if (file.student().present()) {
      try {
        named = Optional.of(StudentId.of(file.student().value()));
      } catch (DescentException e) {
        if (expected.student().isEmpty()) {
          throw new UnreadableFile("line " + file.student().line() + ": " + e.getMessage());
        }
        notes.add(new Note(file.student().line(), e.getMessage()));
      }
    }
    if (expected.student().isPresent()) {
      StudentId want = expected.student().get();
      if (named.isEmpty() && !file.student().present()) {
        notes.add(new Note(0, "the file names no student; it was graded with the numbers of " + want
            + " (add the line 'student: " + want + "')"));
      } else if (named.isPresent() && !named.get().equals(want)) {
        notes.add(new Note(file.student().line(), "the file is for student " + named.get() + ", not " + want
            + "; it was graded with the numbers of " + want));
      }
      return want;
    }
    if (named.isEmpty()) {
      throw new UnreadableFile("it names no student; add a line such as 'student: alice' at the top, with the id "
          + "your numbers were made for");
    }
    return named.get();
  }

  private static boolean blank(List<String> lines) {
    for (String l : lines) {
      if (l != null && !l.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static List<Note> concat(List<Note> a, List<Note> b) {
    List<Note> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
