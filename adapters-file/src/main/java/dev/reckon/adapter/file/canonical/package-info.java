/**
 * Reads Reckon's own observation format, CSV and JSON Lines (docs/canonical-format.md), including
 * the path that reads a large CSV in two halves at once. Depends on {@code csv}, {@code text},
 * {@code export}, the domain and the application's outgoing ports.
 */
package dev.reckon.adapter.file.canonical;
