/**
 * The full-screen course on Lanterna's {@code Screen} API: a lesson list, lessons page by page with
 * answer fields and table grids, a footer of keys and a help screen; input is read by a blocking
 * thread so that an idle session costs no CPU.
 */
package dev.descent.ui.tui;
