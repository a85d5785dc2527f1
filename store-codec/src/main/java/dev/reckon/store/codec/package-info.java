/**
 * What the SQLite and the PostgreSQL store write alike: instants as nanoseconds, import reports as
 * JSON, a source's record and a series' key as JDBC columns. Both stores keep the same values in the
 * same form, so this is one code by design, not an adapter reaching into another.
 */
package dev.reckon.store.codec;
