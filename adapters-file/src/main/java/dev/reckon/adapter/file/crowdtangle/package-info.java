/**
 * The reader of CrowdTangle post exports, whose files may hold many pages' posts
 * (docs/formats.md, "CrowdTangle"). Depends on {@code platform}, {@code export}, {@code csv},
 * {@code text}, the domain and the application's outgoing ports.
 */
package dev.reckon.adapter.file.crowdtangle;
