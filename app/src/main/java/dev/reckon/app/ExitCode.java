package dev.reckon.app;

/** What the {@code reckon} process tells the shell. */
public final class ExitCode {

    /** Every claim was evaluated, whatever the verdicts (and none reached {@code --fail-on}). */
    public static final int OK = 0;
    /** A claim's verdict was the {@code --fail-on} verdict or a worse one. */
    public static final int CLAIM_FAILED = 1;
    /** The dossier could not be read, the report could not be written, or the command line was wrong. */
    public static final int UNREADABLE = 2;
    /** Something went wrong that Reckon did not expect (a bug), or the Java heap ran out. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
