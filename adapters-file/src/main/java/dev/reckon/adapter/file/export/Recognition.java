package dev.reckon.adapter.file.export;

import java.util.Objects;

/**
 * A reader's answer to "is this file yours?".
 *
 * @param matches whether it is
 * @param reason  why not, in words a user understands ("the first column is 'Date', not 'subject'"); empty on a match
 */
public record Recognition(boolean matches, String reason) {

    private static final Recognition YES = new Recognition(true, "");

    public Recognition {
        Objects.requireNonNull(reason, "reason is null");
    }

    public static Recognition yes() {
        return YES;
    }

    public static Recognition no(String why) {
        return new Recognition(false, why);
    }
}
