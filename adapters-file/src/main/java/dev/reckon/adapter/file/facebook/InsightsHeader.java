package dev.reckon.adapter.file.facebook;

import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.platform.ExportTable;
import java.util.List;
import java.util.Locale;

/** Tells the classic Insights exports apart by their two header rows. */
final class InsightsHeader {

    private InsightsHeader() {
    }

    /**
     * Whether row 1 has the title {@code firstTitle} (first, as Facebook writes it) and row 2 holds
     * descriptions: an empty cell under that title and counts said to be "(Unique Users)" or
     * "(Total Count)".
     */
    static boolean hasTwoRows(ExportHeader header, String firstTitle) {
        List<String> titles = ExportTable.names(header.firstLine());
        // Usually the first column; anywhere in a file whose columns a user moved about.
        int key = titles.indexOf(firstTitle);
        if (key < 0 || header.lines().size() < 2) {
            return false;
        }
        String second = header.lines().get(1);
        List<String> descriptions = ExportTable.fields(second);
        return descriptions.size() > key && descriptions.get(key).isBlank()
                && (second.contains("(Unique Users)") || second.contains("(Total Count)"));
    }

    /** Whether a post export holds video metrics only: a total video views column and no engaged users. */
    static boolean isVideoPosts(ExportHeader header) {
        List<String> titles = ExportTable.names(header.firstLine());
        boolean videoViews = titles.contains("lifetime total video views") || titles.contains("post_video_views:lifetime");
        boolean engaged = titles.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("engaged users")
                || t.startsWith("post_engaged_users"));
        return InsightsFileName.parse(header.fileName()).flatMap(InsightsFileName::kind)
                .map(kind -> kind.equalsIgnoreCase("Video Posts"))
                .orElse(videoViews && !engaged);
    }
}
