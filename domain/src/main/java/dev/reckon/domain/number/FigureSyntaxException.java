package dev.reckon.domain.number;

/**
 * A figure could not be read. Carries the text, the 1-based column inside it where reading
 * failed, and what was expected there.
 */
public final class FigureSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final int column;
    private final String reason;

    public FigureSyntaxException(String text, int column, String reason) {
        super("'" + text + "' is not a figure: at column " + column + ", " + reason);
        this.text = text;
        this.column = column;
        this.reason = reason;
    }

    public String text() {
        return text;
    }

    /** 1-based column inside the figure's text. */
    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
