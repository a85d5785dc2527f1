/**
 * {@code GET /report}: every claim of the dossier checked, in the report contract's JSON shape.
 */
package dev.reckon.adapter.rest.report;
