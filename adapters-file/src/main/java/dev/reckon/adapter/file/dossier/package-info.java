/**
 * Reads a dossier's folder and {@code dossier.yaml}, reporting every problem at once with file,
 * line and column (docs/dossier-format.md). Depends on Jackson's YAML support, Hibernate Validator,
 * the domain and the application's ports.
 */
package dev.reckon.adapter.file.dossier;
