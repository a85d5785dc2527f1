/**
 * Observations held as columns, series by series, with their own open-addressing table: the bulk
 * buffer that stores and readers working ahead write into before a commit, free of any port.
 */
package dev.reckon.columnar;
