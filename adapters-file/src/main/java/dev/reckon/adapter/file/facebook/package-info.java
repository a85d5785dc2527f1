/**
 * Readers of Facebook's classic Insights Data Export, page level and post level, with their
 * two-row headers (docs/formats.md, "Facebook Insights Data Export"). Depends on {@code platform},
 * {@code export}, {@code csv}, the domain and the application's outgoing ports.
 */
package dev.reckon.adapter.file.facebook;
