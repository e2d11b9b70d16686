package dev.descent.engine.optim;

/** What a run does near a minimum, and one sentence computed from the run that says why. */
public record Judgement(Behaviour behaviour, String reason) {}
