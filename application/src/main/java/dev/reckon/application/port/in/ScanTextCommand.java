package dev.reckon.application.port.in;

import java.util.Objects;

/**
 * Read a text and check what it implies.
 *
 * @param content the text's bytes: plain text, Markdown or HTML in UTF-8, UTF-16 with a byte order mark or Windows-1252
 */
public record ScanTextCommand(byte[] content) {

    public ScanTextCommand {
        Objects.requireNonNull(content, "content is null");
    }
}
