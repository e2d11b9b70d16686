/**
 * A two-lesson stand-in course with its own small progress file, so that descent runs end to end
 * before the real lesson loader is wired in; the UI tests use it as their fixture.
 */
package dev.descent.ui.demo;
