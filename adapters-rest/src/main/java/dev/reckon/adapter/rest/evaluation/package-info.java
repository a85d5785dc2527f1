/**
 * {@code POST /evaluations}: one check evaluated against the stored data without being kept.
 */
package dev.reckon.adapter.rest.evaluation;
