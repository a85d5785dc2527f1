/**
 * Posts as data: each post of a per-post export with its lifetime {@code post_*} values, its
 * identity (platform, post id) and the rule that picks a post's latest export.
 */
package dev.reckon.domain.post;
