/**
 * Values that incoming and outgoing ports both name (import reports, listings and their cursor,
 * byte openers, dossier failures, the figures and sentences a scanner finds in a text), kept apart so
 * neither kind of port depends on the other.
 */
package dev.reckon.application.port.shared;
