/**
 * {@code GET /health} and {@code GET /dossier}: whether the server is up, and what the dossier
 * names.
 */
package dev.reckon.adapter.rest.dossier;
