package dev.reckon.adapter.file.facebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a classic Facebook Insights export, told apart by its title (row 1) and its
 * description (row 2). Titles repeat ({@code Lifetime Organic Video Views} twice), and only the
 * description says which is a count of people ("(Unique Users)") and which a count of events
 * ("(Total Count)"). Breakdowns are flattened into {@code <title> - <key>} columns whose
 * description is written only on the first of them, so it is carried to the rest.
 *
 * <p>Two generations of titles: human ones ({@code Daily Total Impressions}) and, from 2017,
 * machine names ({@code page_impressions:day}).
 *
 * @param index       0-based column
 * @param title       the title as written
 * @param description the description, carried from the first column of its breakdown
 * @param name        the title without its period and breakdown, in lower case ({@code total impressions},
 *                    {@code page_impressions})
 * @param breakdown   the breakdown key after {@code " - "}, such as {@code SE} or a city
 * @param grain       the period each value counts
 * @param count       people or events, from the description
 */
record InsightsColumn(int index, String title, String description, String name, Optional<String> breakdown,
                      Grain grain, Count count) {

    /** The period a column's values count over, ending on the row's day. */
    enum Grain {
        LIFETIME(0), DAY(1), WEEK(7), DAYS_28(28);

        private final int days;

        Grain(int days) {
            this.days = days;
        }

        int days() {
            return days;
        }
    }

    /** What the description says is counted. */
    enum Count {
        UNIQUE_USERS, TOTAL_COUNT, UNSAID
    }

    InsightsColumn {
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(description, "description is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(breakdown, "breakdown is null");
        Objects.requireNonNull(grain, "grain is null");
        Objects.requireNonNull(count, "count is null");
    }

    /** The columns of a file from its two header rows; columns without a period (Date, Post ID) are left out. */
    static List<InsightsColumn> of(List<String> titles, List<String> descriptions) {
        List<InsightsColumn> columns = new ArrayList<>();
        String carriedFor = null;
        String carried = "";
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i).strip();
            String written = i < descriptions.size() ? descriptions.get(i).strip() : "";
            int dash = title.indexOf(" - ");
            String whole = dash < 0 ? title : title.substring(0, dash);
            Optional<String> breakdown = dash < 0 ? Optional.empty() : Optional.of(title.substring(dash + 3).strip());
            String description = written;
            if (written.isEmpty() && breakdown.isPresent() && whole.equals(carriedFor)) {
                description = carried;
            }
            carriedFor = whole;
            carried = description;
            Optional<Grain> grain = grainOf(whole);
            if (grain.isPresent()) {
                columns.add(new InsightsColumn(i, title, description, nameOf(whole), breakdown, grain.get(),
                        countOf(description)));
            }
        }
        return columns;
    }

    /**
     * How a report names column {@code index}: its title, with its 1-based position when the title
     * repeats, so that the two {@code Lifetime Organic Video Views} columns can be told apart.
     */
    static String label(List<String> titles, int index) {
        String title = titles.get(index);
        return titles.indexOf(title) == titles.lastIndexOf(title) ? title : title + " (column " + (index + 1) + ")";
    }

    private static Optional<Grain> grainOf(String whole) {
        String lower = whole.toLowerCase(Locale.ROOT);
        int colon = lower.lastIndexOf(':');
        if (colon > 0 && !lower.contains(" ")) {
            return switch (lower.substring(colon + 1)) {
                case "lifetime" -> Optional.of(Grain.LIFETIME);
                case "day" -> Optional.of(Grain.DAY);
                case "week" -> Optional.of(Grain.WEEK);
                case "days_28" -> Optional.of(Grain.DAYS_28);
                default -> Optional.empty();
            };
        }
        if (lower.startsWith("lifetime ")) {
            return Optional.of(Grain.LIFETIME);
        }
        if (lower.startsWith("daily ")) {
            return Optional.of(Grain.DAY);
        }
        if (lower.startsWith("weekly ")) {
            return Optional.of(Grain.WEEK);
        }
        if (lower.startsWith("28 days ")) {
            return Optional.of(Grain.DAYS_28);
        }
        return Optional.empty();
    }

    private static String nameOf(String whole) {
        String lower = whole.toLowerCase(Locale.ROOT);
        int colon = lower.lastIndexOf(':');
        if (colon > 0 && !lower.contains(" ")) {
            return lower.substring(0, colon);
        }
        return lower.substring(lower.startsWith("28 days ") ? 8 : lower.indexOf(' ') + 1).strip();
    }

    private static Count countOf(String description) {
        if (description.contains("(Unique Users)")) {
            return Count.UNIQUE_USERS;
        }
        if (description.contains("(Total Count)")) {
            return Count.TOTAL_COUNT;
        }
        return Count.UNSAID;
    }
}
