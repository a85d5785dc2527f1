/**
 * Readers of Meta Business Suite exports: page series, viewers, follower history and organic
 * posts (docs/formats.md, "Meta Business Suite"). Depends on {@code platform}, {@code export},
 * {@code csv}, the domain and the application's outgoing ports.
 */
package dev.reckon.adapter.file.meta;
