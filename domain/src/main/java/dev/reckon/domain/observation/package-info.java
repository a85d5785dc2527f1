/**
 * What data is made of: subjects, platforms, windows, periods of days in a time zone, segments,
 * observations with their provenance, and the coverage a source declares
 * (docs/semantics.md#observations). Depends on {@code number} and the JDK only.
 */
package dev.reckon.domain.observation;
