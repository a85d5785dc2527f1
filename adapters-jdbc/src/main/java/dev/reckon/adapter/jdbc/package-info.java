/**
 * The SQLite store of a dossier's observations, coverage, import records and kept claims, with its
 * schema migrations (docs/storage.md). Depends on sqlite-jdbc, Jackson, the domain and the
 * application's outgoing ports.
 */
package dev.reckon.adapter.jdbc;
