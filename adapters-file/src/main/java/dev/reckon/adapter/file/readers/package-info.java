/**
 * Every platform export reader, listed in the order they are tried: the one package that knows all
 * the per-platform packages.
 */
package dev.reckon.adapter.file.readers;
