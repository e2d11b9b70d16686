package dev.descent.lesson;

import dev.descent.check.input.Option;
import dev.descent.course.QuestionKind;
import java.util.List;

/** What a computation needs to know of its question: kind, options, multiple, and a table's columns and rows. */
record QuestionFacts(QuestionKind kind, List<Option> choices, boolean multiple, List<String> columns, int[] rows) {}
