/**
 * Renders checked dossiers and comparisons for people and tools: the one-line table, JSON and
 * Markdown (docs/cli.md). Depends on Jackson, the domain and the application's incoming ports.
 */
package dev.reckon.adapter.file.report;
