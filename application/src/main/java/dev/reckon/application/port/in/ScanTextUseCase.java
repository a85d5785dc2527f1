package dev.reckon.application.port.in;

/** Finds every figure of a text and checks each relation the text itself implies between them. */
public interface ScanTextUseCase {

    /** Never throws on any text. */
    TextScan scan(ScanTextCommand command);
}
