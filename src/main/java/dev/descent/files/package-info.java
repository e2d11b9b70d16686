/**
 * What a path is on disk — a regular file, a folder, a link, a FIFO, a device — and opening special
 * files without blocking for ever: the facts every command that reads or writes a file shares.
 */
package dev.descent.files;
