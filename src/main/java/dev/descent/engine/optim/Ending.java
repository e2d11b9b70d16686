package dev.descent.engine.optim;

/**
 * Why a run ended before its last step: it diverged at {@code step} (the numbers overflowed, or a
 * coordinate passed {@link Trajectory#BOUND}), or its rule refused step {@code step} (Newton's, where
 * the Hessian is not positive definite). The message says which, for the person running it.
 */
public record Ending(int step, boolean diverged, String message) {}
