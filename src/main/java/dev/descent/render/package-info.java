/**
 * Tables, plots and contour maps of runs as lists of text lines, with numbers a learner can check by
 * hand; pure, with no I/O.
 */
package dev.descent.render;
