package dev.descent.homework;

import dev.descent.engine.DescentException;
import dev.descent.files.FileKind;
import dev.descent.lesson.LessonFile;
import dev.descent.render.Visible;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grades every answer file of a folder (and of its subfolders, as learning-management systems export
 * them) for one set: one report per student, and the files that were not graded with the reason — not
 * text, no student, another set, or an older file of a student who handed in two. Files are graded on
 * every core; the files share the engine's outcomes and their judgements ({@link Judgements}), and each
 * report is kept in a compact form (the points, status and named mistake of each question), so that a
 * class of ten thousand stays small in memory.
 */
public final class ClassGrading {
  /** The most files looked at in one folder. */
  public static final int MAX_FILES = 20_000;
  /** How deep subfolders are searched: DIR/student/answers.txt is depth 2. */
  static final int DEPTH = 3;

  /** The class's reports, one per student in order of id, and the files left out. */
  public record Result(LessonFile set, List<Report> reports, List<Skipped> skipped) {
    public Result {
      reports = List.copyOf(reports);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * A file that was not graded, and why: the student it names when that could be read ("" otherwise), and
   * whether it is the older file of a student who handed in a newer one.
   */
  public record Skipped(String file, String reason, String student, boolean older) {
    /** A file that names no student anyone could read, or is not a file at all. */
    public Skipped(String file, String reason) {
      this(file, reason, "", false);
    }
  }

  private ClassGrading() {}

  /**
   * Grades the answer files under {@code dir}, leaving out {@code exclude} (the gradebook being written).
   *
   * @throws DescentException when {@code dir} is not a folder or cannot be listed
   */
  public static Result grade(LessonFile set, Path dir, SetCatalog catalog, Optional<Path> exclude) {
    return grade(set, dir, catalog, exclude, new Judgements());
  }

  /** As {@link #grade(LessonFile, Path, SetCatalog, Optional)}, sharing judgements through {@code judged}. */
  static Result grade(LessonFile set, Path dir, SetCatalog catalog, Optional<Path> exclude, Judgements judged) {
    List<Skipped> skipped = new ArrayList<>();
    Map<String, List<Graded>> byStudent = new LinkedHashMap<>();
    List<Found> files = files(dir, exclude, skipped);
    // Files are graded in parallel; the results keep the files' order, so the outcome never depends on timing.
    List<Graded> graded = files.parallelStream().map(f -> one(set, dir, f, catalog, judged)).toList();
    for (Graded g : graded) {
      if (g.report() == null) {
        skipped.add(g.skipped());
      } else {
        byStudent.computeIfAbsent(g.report().student().value(), k -> new ArrayList<>()).add(g);
      }
    }
    List<Report> reports = new ArrayList<>();
    for (List<Graded> handedIn : byStudent.values()) {
      handedIn.sort(Comparator.comparing(Graded::modified).thenComparing(g -> g.report().source()));
      Graded kept = handedIn.get(handedIn.size() - 1);
      List<String> others = new ArrayList<>();
      for (Graded older : handedIn.subList(0, handedIn.size() - 1)) {
        Report o = older.report();
        others.add(o.source());
        skipped.add(new Skipped(o.source(), "another file of " + o.student() + ", " + kept.report().source()
            + ", is newer and was graded instead (this one would have " + Points.format(o.earned()) + " of "
            + Points.format(o.max()) + ")", o.student().value(), true));
      }
      reports.add(others.isEmpty() ? kept.report() : withNote(kept.report(), new Note(0, kept.report().student()
          + " handed in " + handedIn.size() + " files; this one, the newest, is graded (also: "
          + String.join(", ", others) + ")")));
    }
    reports.sort(Comparator.comparing(r -> r.student().value()));
    skipped.sort(Comparator.comparing(Skipped::file));
    return new Result(set, reports, skipped);
  }

  /** A file's report and when it was last changed, or why it was not graded. */
  private record Graded(Report report, FileTime modified, Skipped skipped) {}

  /** A regular file found in the class folder, and when it was last changed. */
  private record Found(Path path, FileTime modified) implements Comparable<Found> {
    @Override
    public int compareTo(Found o) {
      return path.compareTo(o.path);
    }
  }

  private static Graded one(LessonFile set, Path dir, Found found, SetCatalog catalog, Judgements judged) {
    Path f = found.path();
    String shown = dir.relativize(f).toString();
    AnswerText.Lines lines = null;
    try {
      lines = AnswerText.readFound(f);
      // The student's id should appear in the file's path: alice.txt, or alice/answers.txt from an LMS.
      Report r = AnswerCheck.check(shown, lines, catalog, new AnswerCheck.Expected(Optional.of(set),
          Optional.empty(), Optional.of(shown)), judged);
      return new Graded(r, found.modified(), null);
    } catch (DescentException e) {
      return new Graded(null, null, new Skipped(shown, e.getMessage(), studentOf(lines), false));
    } catch (RuntimeException e) {
      return new Graded(null, null, new Skipped(shown, "descent failed on this file ("
          + e.getClass().getSimpleName() + "); please report it", studentOf(lines), false));
    }
  }

  /** The student a file that could not be graded names, when its lines were read and name one; else "". */
  private static String studentOf(AnswerText.Lines lines) {
    if (lines == null) {
      return "";
    }
    try {
      AnswerFile.Field named = AnswerFile.parse(lines).student();
      return named.present() ? StudentId.of(named.value()).value() : "";
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static Report withNote(Report r, Note note) {
    List<Note> notes = new ArrayList<>(r.notes());
    notes.add(0, note);
    return new Report(r.source(), r.setId(), r.setTitle(), r.student(), r.name(), r.questions(), notes);
  }

  private static List<Found> files(Path dir, Optional<Path> exclude, List<Skipped> skipped) {
    FileKind kind = FileKind.of(dir);
    if (kind == FileKind.MISSING) {
      throw new DescentException("no such folder: " + Visible.inline(dir.toString()));
    }
    if (kind != FileKind.FOLDER) {
      throw new DescentException(Visible.inline(dir.toString()) + " is " + kind.words()
          + ", not a folder of answer files");
    }
    Path excluded = exclude.map(p -> p.toAbsolutePath().normalize()).orElse(null);
    List<Found> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir, EnumSet.noneOf(FileVisitOption.class), DEPTH, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return d.equals(dir) || !hidden(d) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (hidden(f) || excluded != null && f.toAbsolutePath().normalize().equals(excluded)) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isRegularFile()) {
            found.add(new Found(f, attrs.lastModifiedTime()));
          } else {
            skipped.add(new Skipped(dir.relativize(f).toString(), notRead(f, attrs)));
          }
          return found.size() > MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          skipped.add(new Skipped(dir.relativize(f).toString(), "cannot be read: " + e.getMessage()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new DescentException("cannot list the folder " + dir + ": " + e.getMessage());
    }
    found.sort(null);
    if (found.size() > MAX_FILES) {
      skipped.add(new Skipped(dir.toString(), "the folder holds more than " + AnswerText.count(MAX_FILES)
          + " files; " + AnswerText.count(MAX_FILES) + " were graded"));
      return found.subList(0, MAX_FILES);
    }
    return found;
  }

  /** Why a file found in the class folder that is not a regular file was not read. */
  private static String notRead(Path f, BasicFileAttributes attrs) {
    if (attrs.isDirectory()) {
      return "a folder more than " + (DEPTH - 1) + " levels down, not searched";
    }
    if (attrs.isSymbolicLink()) {
      return "not read: it is a symbolic link, and grade follows no link in a class folder (hand in the file itself)";
    }
    return "not read: it is " + FileKind.itself(f).words() + ", not a regular file";
  }

  /** Files and folders whose names start with a dot (.git, .DS_Store) are not answers. */
  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
