/**
 * The metric catalogue: each metric's unit, aggregation kind and basis, built in or defined by a
 * dossier (docs/semantics.md#metrics). Depends on the JDK only.
 */
package dev.reckon.domain.metric;
