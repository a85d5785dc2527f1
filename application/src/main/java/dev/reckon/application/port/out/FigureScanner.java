package dev.reckon.application.port.out;

import dev.reckon.application.port.shared.ScannedText;

/**
 * Reads a text (plain, Markdown or HTML; UTF-8, UTF-16 with a byte order mark or Windows-1252) and
 * finds every figure in it and the relations it implies. Never throws on any input.
 */
public interface FigureScanner {

    ScannedText scan(byte[] content);
}
