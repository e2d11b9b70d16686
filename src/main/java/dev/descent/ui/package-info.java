/**
 * The course's two front ends over {@link dev.descent.course.Course}: a full-screen text UI on
 * Lanterna ({@code tui}) and a line-by-line mode for pipes, CI and screen readers ({@code plain}),
 * with the words and wrapping they share.
 */
package dev.descent.ui;
