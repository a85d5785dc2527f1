/**
 * {@code /observations} and {@code /imports}: observations listed a page at a time, written, and
 * files imported; the listing's cursor as opaque text.
 */
package dev.reckon.adapter.rest.observation;
