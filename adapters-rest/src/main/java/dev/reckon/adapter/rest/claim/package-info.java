/**
 * {@code /claims}: the claims kept beside the dossier's own, listed, read with their verdict,
 * added, replaced and deleted.
 */
package dev.reckon.adapter.rest.claim;
