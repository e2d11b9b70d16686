package dev.descent.check;

/**
 * A usual wrong rule: its id (stable, for progress and class summaries), a sentence that names it
 * for the learner, and the answer it leads to for this variant's numbers.
 */
public record Mistake(String id, String message, Value value) {}
