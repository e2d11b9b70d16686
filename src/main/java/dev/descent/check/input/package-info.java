/**
 * Reading typed answers: numbers, vectors, matrices, formulas, choices and table rows, each read from
 * any string into a value or an {@link dev.descent.check.input.AnswerFormatException} whose message
 * tells the learner what to fix. Pure: no I/O.
 */
package dev.descent.check.input;
