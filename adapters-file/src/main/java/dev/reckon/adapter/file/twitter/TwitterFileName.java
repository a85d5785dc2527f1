package dev.reckon.adapter.file.twitter;

import dev.reckon.adapter.file.export.StoredTimes;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the name of an X analytics export says: the account and the days it covers. X names the
 * file {@code tweet_activity_metrics_<account>_<from>_<to>_<lang>.csv} with {@code to} exclusive:
 * consecutive monthly exports are named {@code ..._20170101_20170201_...} and
 * {@code ..._20170201_20170301_...}, and the first holds no tweet of 1 February.
 *
 * @param account     the account, without '@'
 * @param firstDay    the first day covered
 * @param lastDay     the last day covered (the day before the name's {@code to})
 */
record TwitterFileName(String account, LocalDate firstDay, LocalDate lastDay) {

    private static final Pattern NAME = Pattern.compile(
            // Any extension, or none: a renamed copy still says its account and days; " (1)" is a browser's.
            "(daily_)?tweet_activity_metrics_(.+)_(\\d{8})_(\\d{8})_[A-Za-z-]+(?: ?\\(\\d+\\))?(?:\\.\\w+)?",
            Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    TwitterFileName {
        Objects.requireNonNull(account, "account is null");
        Objects.requireNonNull(firstDay, "firstDay is null");
        Objects.requireNonNull(lastDay, "lastDay is null");
    }

    /** The account and window, when the file still has the name X gave it. */
    static Optional<TwitterFileName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate from = LocalDate.parse(m.group(3), BASIC);
            LocalDate to = LocalDate.parse(m.group(4), BASIC);
            // Days the store cannot keep are no window a file could cover: read as a renamed file.
            if (!to.isAfter(from) || !StoredTimes.contains(from) || !StoredTimes.contains(to.minusDays(1))) {
                return Optional.empty();
            }
            return Optional.of(new TwitterFileName(m.group(2), from, to.minusDays(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
