package dev.reckon.app;

import dev.reckon.domain.claim.Verdict;
import java.io.PrintWriter;

/** What {@code --fail-on} makes of a run's verdicts, for {@code check} and {@code scan} alike. */
final class FailOn {

    private FailOn() {
    }

    /**
     * {@link ExitCode#OK} when nothing reached the threshold (or none was given), else
     * {@link ExitCode#CLAIM_FAILED} with one line on {@code err}: "2 claims are false or worse (--fail-on false)".
     *
     * @param failing how many results have the threshold's verdict or a worse one
     * @param what    what the results are, singular ("claim", "relation")
     */
    static int exitCode(Verdict failOn, long failing, String what, PrintWriter err) {
        if (failOn == null || failing == 0) {
            return ExitCode.OK;
        }
        err.println("reckon: " + failing + " " + what + (failing == 1 ? " is " : "s are ") + failOn
                + " or worse (--fail-on " + failOn + ")");
        err.flush();
        return ExitCode.CLAIM_FAILED;
    }
}
