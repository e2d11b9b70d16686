package dev.descent.homework;

import dev.descent.engine.DescentException;
import dev.descent.files.FileKind;
import dev.descent.lesson.CourseFile;
import dev.descent.lesson.Diagnostic;
import dev.descent.lesson.LessonFile;
import dev.descent.lesson.LessonLoader;
import dev.descent.render.Visible;
import dev.descent.session.CourseLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exercise sets an answer file may name: those of the folders or files given with
 * {@code --course}, then those built into descent. Only the set asked for is loaded (a glance at each
 * file's id finds it), once, and shared by every answer file graded. Safe for use by several threads.
 */
public final class SetCatalog {
  private final List<CourseFile> files;
  private final Map<CourseFile, CourseFile.Head> heads = new ConcurrentHashMap<>();
  private final Map<CourseFile, LessonFile> loaded = new HashMap<>();

  private SetCatalog(List<CourseFile> files) {
    this.files = List.copyOf(files);
  }

  /**
   * The sets of {@code extra} (files or folders, searched first) and of the built-in course.
   *
   * @throws DescentException when an extra path does not exist
   */
  public static SetCatalog of(List<Path> extra) {
    return of(extra, List.of());
  }

  /**
   * The sets of {@code first} (files or folders, searched first), of the built-in course, and of
   * {@code last} (an instructor's folders, searched after the built-in sets, whose ids they cannot take).
   *
   * @throws DescentException when a path does not exist
   */
  public static SetCatalog of(List<Path> first, List<Path> last) {
    List<CourseFile> files = filesOf(first, "--course: ");
    // Exercise files first: an answer file names a set, and this finds it without glancing at lessons.
    List<CourseFile> builtIn = CourseLoader.builtInFiles(new ArrayList<>());
    for (CourseFile f : builtIn) {
      if (f.shown().contains("exercises/")) {
        files.add(f);
      }
    }
    for (CourseFile f : builtIn) {
      if (!f.shown().contains("exercises/")) {
        files.add(f);
      }
    }
    files.addAll(filesOf(last, ""));
    return new SetCatalog(files);
  }

  private static List<CourseFile> filesOf(List<Path> paths, String problemPrefix) {
    List<Diagnostic> problems = new ArrayList<>();
    List<CourseFile> files = new ArrayList<>();
    for (Path p : paths) {
      for (Path f : CourseLoader.files(p, problems)) {
        files.add(CourseFile.of(f));
      }
    }
    if (!problems.isEmpty()) {
      throw new DescentException(problemPrefix + problems.get(0).file() + ": " + problems.get(0).message());
    }
    return files;
  }

  /**
   * The set with this id, if any.
   *
   * @throws DescentException when the file with this id has problems
   */
  public Optional<LessonFile> byId(String id) {
    for (CourseFile f : files) {
      if (head(f).id().equals(id)) {
        return Optional.of(load(f));
      }
    }
    return Optional.empty();
  }

  /**
   * The set named on the command line: a path to an exercise file, or the id of a set.
   *
   * @throws DescentException when it is neither, or the file has problems
   */
  public LessonFile resolve(String target) {
    Path p;
    try {
      p = Path.of(target);
    } catch (java.nio.file.InvalidPathException e) {
      p = null; // not a file name here, so perhaps a set's id
    }
    if (p != null && (target.endsWith(".json") || Files.isRegularFile(p))) {
      FileKind kind = FileKind.of(p);
      if (kind == FileKind.MISSING) {
        throw new DescentException("no such file: " + Visible.inline(target));
      }
      if (kind != FileKind.REGULAR) {
        throw new DescentException(Visible.inline(target) + " is " + kind.words() + ", not an exercise file");
      }
      return withQuestions(load(new CourseFile(target, CourseFile.of(p).opener())));
    }
    return withQuestions(byId(target).orElseThrow(() -> new DescentException(unknown(target))));
  }

  /** The message for a set id that is not in the catalog, listing the exercise sets there are. */
  public String unknown(String id) {
    return "there is no exercise set \"" + Visible.inline(id) + "\"; the sets are: " + String.join(", ", setIds());
  }

  /** The ids of the exercise sets, in course order. */
  public List<String> setIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (CourseFile f : files) {
      CourseFile.Head h = head(f);
      if (h.exercises()) {
        ids.add(h.id());
      }
    }
    return List.copyOf(ids);
  }

  private synchronized LessonFile load(CourseFile p) {
    String shown = p.shown();
    LessonFile f = loaded.get(p);
    if (f != null) {
      return f;
    }
    LessonLoader.Result r = LessonLoader.load(p);
    if (r.lesson().isEmpty()) {
      throw new DescentException(shown + " has problems; run 'descent validate " + shown + "':"
          + System.lineSeparator() + String.join(System.lineSeparator(),
              r.diagnostics().stream().limit(10).map(Diagnostic::toString).toList()));
    }
    loaded.put(p, r.lesson().get());
    return r.lesson().get();
  }

  private CourseFile.Head head(CourseFile p) {
    CourseFile.Head h = heads.get(p);
    if (h == null) {
      h = p.head();
      heads.put(p, h);
    }
    return h;
  }

  private static LessonFile withQuestions(LessonFile f) {
    if (f.problems().isEmpty()) {
      throw new DescentException(f.id() + " has no questions to answer");
    }
    return f;
  }
}
