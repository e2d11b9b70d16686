/**
 * The course line by line: prompts on standard output, answers and {@code :commands} from standard
 * input, no escape codes, verdict words first; for pipes, CI and screen readers.
 */
package dev.descent.ui.plain;
