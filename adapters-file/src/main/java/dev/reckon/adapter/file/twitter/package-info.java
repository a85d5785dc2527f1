/**
 * Readers of X (Twitter) analytics exports, per tweet and daily (docs/formats.md, "X (Twitter)
 * analytics"). Depends on {@code platform}, {@code export}, the domain and the application's
 * outgoing ports.
 */
package dev.reckon.adapter.file.twitter;
