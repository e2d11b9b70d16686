/**
 * A two-lesson course built in code, the UI tests' fixture: known answers, a named mistake, a
 * choice, a table graded with error carried forward, hints and solutions, and its own small
 * progress file.
 */
package dev.descent.ui.demo;
