package dev.descent.course;

/** A line of the lesson list: id, title, one-line summary, whether it is homework, and its size. */
public record LessonInfo(String id, String title, String summary, boolean exercises, int pages, int questions) {}
