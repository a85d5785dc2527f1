/**
 * Readers of YouTube Studio's table, chart and totals exports (docs/formats.md, "YouTube
 * Studio"). Depends on {@code platform}, {@code export}, the domain and the application's outgoing
 * ports.
 */
package dev.reckon.adapter.file.youtube;
