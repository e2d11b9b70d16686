package dev.descent.ui.demo;

import dev.descent.course.Question;
import java.util.List;

/** A demo question with what the front end shows and what only the session knows. */
record DemoQuestion(Question question, Judge judge, List<String> hints, List<String> solution) {}
