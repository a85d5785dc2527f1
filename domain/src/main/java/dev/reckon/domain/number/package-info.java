/**
 * Exact decimal intervals with outward-rounded arithmetic, and figures as people write them
 * ({@code 325m}, {@code 50.4%}, {@code £22.74}) with the interval each denotes
 * (docs/semantics.md#intervals, docs/semantics.md#figures). Depends on the JDK only.
 */
package dev.reckon.domain.number;
