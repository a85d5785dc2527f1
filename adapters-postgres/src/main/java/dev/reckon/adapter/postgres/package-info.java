/**
 * The shared store: the imports and added claims of many dossiers in one PostgreSQL database, used by
 * several processes at once. Imports stream with {@code COPY} into staging tables and merge in one
 * transaction; the schema is kept by Flyway (docs/storage-postgresql.md).
 */
package dev.reckon.adapter.postgres;
