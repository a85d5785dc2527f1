/**
 * A streaming RFC 4180 reader over bytes, lenient where exports are, that knows each record's
 * physical line, with the caches that spare re-reading repeated fields. Depends on {@code text} and
 * the export input it reads; it knows nothing of observations.
 */
package dev.reckon.adapter.file.csv;
