/**
 * Homework on paper or in a text editor: a learner's sheet with their own numbers, the plain-text
 * answer file and its reading, grading one file with the course's checker, and grading a class into a
 * gradebook with a summary of the usual mistakes. Reading files is bounded in size, lines and line
 * length; everything else is pure.
 */
package dev.descent.homework;
