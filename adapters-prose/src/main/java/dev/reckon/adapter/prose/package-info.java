/**
 * Reads texts (docs/scan.md): decodes them, drops HTML tags keeping offsets, finds sentences (ICU4J's
 * BreakIterator) and every figure with its kind, interval, qualifier and noun (numerals through the
 * domain's figure reader, numbers in words through ICU4J's spellout rules), and writes the relations
 * the text implies as checks in the claim language. Implements the application's {@code FigureScanner};
 * depends on the domain, the application's ports and ICU4J.
 */
package dev.reckon.adapter.prose;
