/**
 * The assembly: one Guice module per adapter, the {@code reckon} command line and the server that
 * serves a dossier.
 */
package dev.reckon.app;
