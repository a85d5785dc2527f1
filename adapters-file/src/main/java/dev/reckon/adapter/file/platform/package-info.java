/**
 * Building blocks of the platform export readers: an export opened as cells, number cells, the
 * subject a file belongs to, daily and per-post roll-ups, and the emitter that turns them into
 * observations and coverage (docs/formats.md). The per-platform packages build on it.
 */
package dev.reckon.adapter.file.platform;
