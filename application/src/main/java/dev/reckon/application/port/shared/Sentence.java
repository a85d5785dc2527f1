package dev.reckon.application.port.shared;

/** A sentence of a text: its 1-based number and where it starts and ends in the text as read. */
public record Sentence(int number, int start, int end) {

    public Sentence {
        if (number < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("sentence " + number + " at " + start + ".." + end);
        }
    }
}
