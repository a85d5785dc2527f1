/**
 * {@code POST /comparisons}: series written as in a check, compared side by side or ranked.
 */
package dev.reckon.adapter.rest.comparison;
