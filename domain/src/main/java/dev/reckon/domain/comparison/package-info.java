/**
 * Two series side by side (difference, ratio, percent change, direction) and several ranked with
 * their ties, every figure an interval (docs/semantics.md#comparisons). Depends on {@code number},
 * {@code observation} and {@code series}.
 */
package dev.reckon.domain.comparison;
