/**
 * The claim language: its lexer, parser and sealed syntax tree, the name and unit checks,
 * three-valued evaluation over intervals, verdicts and their explanations
 * (docs/semantics.md#evaluation, docs/claim-language.md). Depends on the other domain packages
 * except {@code comparison}, and on nothing outside the JDK.
 */
package dev.reckon.domain.claim;
