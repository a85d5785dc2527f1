/**
 * What every export reader shares: the registry that picks a reader for a file, the import report
 * built row by row, and the coverage a file earns. Depends on {@code text}, the domain and the
 * application's outgoing ports.
 */
package dev.reckon.adapter.file.export;
