/**
 * Gives a series its value from observations and coverage: duplicates and revisions, the additive,
 * distinct and stock rules, gaps and notes (docs/semantics.md#aggregation). Depends on
 * {@code number}, {@code metric} and {@code observation}, never on the claim language.
 */
package dev.reckon.domain.series;
