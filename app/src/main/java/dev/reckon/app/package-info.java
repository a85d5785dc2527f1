/**
 * The assembly, wired by hand ({@link dev.reckon.app.ReckonComponents} for the command line,
 * {@link dev.reckon.app.ServedApi} for the server): the {@code reckon} command line and the server
 * that serves a dossier.
 */
package dev.reckon.app;
