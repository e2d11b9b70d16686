package dev.descent.ui;

import dev.descent.course.Block;
import dev.descent.course.Page;
import dev.descent.lesson.LessonFile;
import dev.descent.session.LessonVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where things are in one of the shipped lessons, found from the pages a session shows: the page that holds
 * a problem (or has a title), and how the screen numbers pages and questions. Tests name a page by its
 * problem id and a question by its key ("by-hand.dldw"), so that pages and questions added to a lesson
 * move the test along instead of breaking it.
 */
public final class LessonMap {
  private final int number;
  private final LessonFile file;
  private final List<Page> pages;
  private final List<String> questions = new ArrayList<>();

  private LessonMap(int number, LessonFile file) {
    this.number = number;
    this.file = file;
    this.pages = new LessonVariant(file, "map").pages();
    for (Page p : pages) {
      for (Block b : p.blocks()) {
        if (b instanceof Block.Ask a) {
          questions.add(a.question().id());
        }
      }
    }
  }

  /** The lesson with id {@code lessonId} among the lessons of {@code lessons/}. */
  public static LessonMap of(String lessonId) {
    List<LessonFile> files = LessonsCourse.LESSONS.files();
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i).id().equals(lessonId)) {
        return new LessonMap(i + 1, files.get(i));
      }
    }
    throw new AssertionError("no lesson " + lessonId + " in lessons/");
  }

  /** The lesson's number in the course, as {@code descent learn N} and the lesson list take it. */
  public int number() {
    return number;
  }

  /** The lesson's id. */
  public String id() {
    return file.id();
  }

  /** The lesson's title. */
  public String title() {
    return file.title();
  }

  /** How many pages the lesson has. */
  public int pages() {
    return pages.size();
  }

  /** The keys of the lesson's questions, in order. */
  public List<String> keys() {
    return List.copyOf(questions);
  }

  /** How many questions the lesson has. */
  public int questions() {
    return questions.size();
  }

  /**
   * The page (counted from 1) of the problem with id {@code where}, or else the page titled {@code where}.
   */
  public int page(String where) {
    for (int i = 0; i < pages.size(); i++) {
      for (Block b : pages.get(i).blocks()) {
        if (b instanceof Block.Ask a && a.question().id().startsWith(where + ".")) {
          return i + 1;
        }
      }
    }
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).title().equals(where)) {
        return i + 1;
      }
    }
    throw new AssertionError("lesson " + file.id() + " has no problem or page title '" + where + "'");
  }

  /** The title of page {@code page} (from 1). */
  public String title(int page) {
    return pages.get(page - 1).title();
  }

  /** The header's words for the page of {@code where} (a problem id or a title): "page 4 of 12". */
  public String header(String where) {
    return "page " + page(where) + " of " + pages();
  }

  /** The screen's label of the question with key {@code key} ("by-hand.dldw"): "Question 1 of 15". */
  public String label(String key) {
    int i = questions.indexOf(key);
    if (i < 0) {
      throw new AssertionError("lesson " + file.id() + " has no question " + key + "; it has " + questions);
    }
    return "Question " + (i + 1) + " of " + questions.size();
  }

  /** The question's number through the lesson, from 1. */
  public int numberOf(String key) {
    label(key);
    return questions.indexOf(key) + 1;
  }
}
