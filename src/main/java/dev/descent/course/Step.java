package dev.descent.course;

/**
 * One quantity asked on its own while an answer is broken down: its short name ("the error") and the
 * question that asks for it with the learner's numbers.
 */
public record Step(String name, Question question) {}
