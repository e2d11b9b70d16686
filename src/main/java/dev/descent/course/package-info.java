/**
 * The course as front ends see it: lessons made of pages, each page of paragraphs, engine-drawn
 * displays and questions, and a session that takes typed answers and replies with feedback. The
 * text UI, the plain line mode and tests all drive a course through these types only.
 */
package dev.descent.course;
