/** {@code GET /posts} and {@code GET /series}: what the served dossier's data holds. */
package dev.reckon.adapter.rest.post;
