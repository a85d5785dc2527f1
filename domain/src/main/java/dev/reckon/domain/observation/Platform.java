package dev.reckon.domain.observation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where observations were made. {@code all} is for figures that span platforms. */
public enum Platform {
    FACEBOOK, INSTAGRAM, TWITTER, YOUTUBE, TIKTOK, WEB, ALL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a platform id case-insensitively; {@code x} is accepted for twitter. */
    public static Optional<Platform> find(String id) {
        String lower = id.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("x")) {
            return Optional.of(TWITTER);
        }
        return Arrays.stream(values()).filter(p -> p.id().equals(lower)).findFirst();
    }

    /** Reads a platform id, or fails naming the platforms there are. */
    public static Platform parse(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown platform '" + id + "': expected one of " + allIds()));
    }

    public static String allIds() {
        return Arrays.stream(values()).map(Platform::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id();
    }
}
