package dev.reckon.adapter.file.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the benchmark's input files, the same bytes for the same arguments (a fixed seed).
 *
 * <p>The canonical file holds {@code rows} rows over {@link #SERIES} series (10 subjects, 2
 * platforms, 5 metrics, 10 segments including the total) and {@link #DAYS} days from 2019-01-01:
 * 1M distinct observation keys. Beyond 1M rows the same history is written again, revision after
 * revision, with other values, as if nightly exports had been appended to one file: in the store a
 * later row replaces the earlier one of its key, so 10M rows hold 1M observations, which is what
 * a 512 MB heap can keep in the in-memory store. Rows are ordered by revision, day and series;
 * 98% of values are integers, 1% decimals ({@code 1777.5}) and 1% figures ({@code 109k}).
 */
final class BenchmarkFiles {

    static final List<String> SUBJECTS = List.of("labour", "conservatives", "libdems", "snp", "greens",
            "brexit", "plaid", "jc", "johnson", "swinson");
    static final List<String> PLATFORMS = List.of("facebook", "twitter");
    static final List<String> METRICS = List.of("impressions", "video_views", "likes", "shares", "reach");
    static final List<String> SEGMENTS = List.of("", "town=Stoke", "town=Leeds", "town=Bolton", "town=Derby",
            "town=Wigan", "town=Bury", "town=Crewe", "town=Hull", "town=York");
    static final int SERIES = SUBJECTS.size() * PLATFORMS.size() * METRICS.size() * SEGMENTS.size();
    static final int DAYS = 1_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

    private BenchmarkFiles() {
    }

    /** The canonical file described above. */
    static void writeCanonical(Path file, long rows) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("subject,platform,metric,from,to,segment,value\n".getBytes(StandardCharsets.US_ASCII));
            long written = 0;
            StringBuilder row = new StringBuilder(96);
            while (written < rows) {
                for (int day = 0; day < DAYS && written < rows; day++) {
                    String date = FIRST_DAY.plusDays(day).toString();
                    for (int series = 0; series < SERIES && written < rows; series++, written++) {
                        int segment = series % SEGMENTS.size();
                        int metric = series / SEGMENTS.size() % METRICS.size();
                        int platform = series / (SEGMENTS.size() * METRICS.size()) % PLATFORMS.size();
                        int subject = series / (SEGMENTS.size() * METRICS.size() * PLATFORMS.size());
                        row.setLength(0);
                        row.append(SUBJECTS.get(subject)).append(',').append(PLATFORMS.get(platform)).append(',')
                                .append(METRICS.get(metric)).append(',').append(date).append(',').append(date)
                                .append(',').append(SEGMENTS.get(segment)).append(',');
                        appendValue(row, random);
                        row.append('\n');
                        out.write(row.toString().getBytes(StandardCharsets.US_ASCII));
                    }
                }
            }
        }
    }

    /** Subjects of the random-order file: {@code subject001} to {@code subject500}. */
    static final int RANDOM_SUBJECTS = 500;
    /**
     * Days of the random-order file: with {@link #RANDOM_SUBJECTS}, the platforms, metrics and segments,
     * 14M possible keys, so 10M rows drawn at random hold about 7M distinct observations.
     */
    static final int RANDOM_DAYS = 280;

    /** The id of random-order subject {@code index}: {@code subject001} for 0. */
    static String randomSubject(int index) {
        return String.format(Locale.ROOT, "subject%03d", index + 1);
    }

    /**
     * The canonical file's columns in random key order: each of {@code rows} rows names a key drawn
     * at random from {@link #RANDOM_SUBJECTS} subjects x the platforms, metrics and segments x
     * {@link #RANDOM_DAYS} days, so a key's revisions are scattered through the file and most keys
     * are distinct (about 7M of 10M rows). Values as in {@link #writeCanonical}.
     */
    static void writeRandomCanonical(Path file, long rows) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        String[] dates = new String[RANDOM_DAYS];
        for (int day = 0; day < RANDOM_DAYS; day++) {
            dates[day] = FIRST_DAY.plusDays(day).toString();
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("subject,platform,metric,from,to,segment,value\n".getBytes(StandardCharsets.US_ASCII));
            StringBuilder row = new StringBuilder(96);
            for (long written = 0; written < rows; written++) {
                String date = dates[random.nextInt(RANDOM_DAYS)];
                row.setLength(0);
                row.append(randomSubject(random.nextInt(RANDOM_SUBJECTS))).append(',')
                        .append(PLATFORMS.get(random.nextInt(PLATFORMS.size()))).append(',')
                        .append(METRICS.get(random.nextInt(METRICS.size()))).append(',').append(date).append(',')
                        .append(date).append(',').append(SEGMENTS.get(random.nextInt(SEGMENTS.size()))).append(',');
                appendValue(row, random);
                row.append('\n');
                out.write(row.toString().getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    /** 98% integers, 1% decimals ({@code 1777.5}), 1% figures ({@code 109k}). */
    private static void appendValue(StringBuilder row, SplittableRandom random) {
        int kind = random.nextInt(100);
        if (kind == 0) {
            row.append(random.nextInt(1_000_000)).append('.').append(random.nextInt(10));
        } else if (kind == 1) {
            row.append(random.nextInt(1, 1000)).append('k');
        } else {
            row.append(random.nextInt(1_000_000));
        }
    }

    static final String CROWDTANGLE_HEADER = "Page Name,User Name,Facebook Id,Page Category,Page Admin Top Country,"
            + "Page Description,Page Created,Likes at Posting,Followers at Posting,Post Created,Post Created Date,"
            + "Post Created Time,Type,Total Interactions,Likes,Comments,Shares,Love,Wow,Haha,Sad,Angry,Care,"
            + "Video Share Status,Is Video Owner?,Post Views,Total Views,Total Views For All Crossposts,Video Length,"
            + "URL,Message,Link,Final Link,Image Text,Link Text,Description,Sponsor Id,Sponsor Name,Sponsor Category,"
            + "Overperforming Score (weighted  —  Likes 1x Shares 1x Comments 1x Love 1x Wow 1x Haha 1x Sad 1x Angry 1x Care 1x )";

    /**
     * A CrowdTangle-shaped post export: {@code rows} posts of 10 pages over 1,000 days, with
     * thousands separators in some counts, quoted messages with commas and, every 50th post, a
     * line break. Post-level rows roll up into one observation per page, metric and day.
     */
    static void writeCrowdTangle(Path file, long rows) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        DateTimeFormatter created = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write((CROWDTANGLE_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            StringBuilder row = new StringBuilder(512);
            for (long i = 0; i < rows; i++) {
                int page = (int) (i % SUBJECTS.size());
                LocalDateTime time = FIRST_DAY.atStartOfDay().plusSeconds(i * (DAYS * 86_400L / Math.max(rows, 1)));
                String stamp = time.format(created);
                int likes = random.nextInt(5_000);
                int comments = random.nextInt(500);
                int shares = random.nextInt(2_000);
                int love = random.nextInt(300);
                row.setLength(0);
                row.append(SUBJECTS.get(page)).append(" Page,").append(SUBJECTS.get(page)).append(',')
                        .append(100_000 + page).append(",POLITICAL_PARTY,GB,\"The page of ").append(SUBJECTS.get(page))
                        .append(", for news\",2010-01-01 10:00:00,")
                        .append(thousands(250_000 + page)).append(',').append(thousands(260_000 + page)).append(',')
                        .append(stamp).append(" GMT,").append(stamp, 0, 10).append(',').append(stamp, 11, 19)
                        .append(",Photo,").append(likes + comments + shares + love).append(',')
                        .append(likes).append(',').append(comments).append(',').append(shares).append(',')
                        .append(love).append(",0,0,0,0,0,,,0,0,0,,https://www.facebook.com/").append(i)
                        .append(",\"Post number ").append(i).append(", with a comma")
                        .append(i % 50 == 0 ? "\nand a second line" : "").append("\",,,,,,,,,1.5\n");
                out.write(row.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String thousands(int value) {
        return "\"" + String.format("%,d", value) + "\"";
    }
}
