package dev.reckon.adapter.file.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.adapter.file.export.ExportReaderRegistry;
import dev.reckon.adapter.file.readers.PlatformReaders;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import dev.reckon.domain.observation.Platform;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Files users have that are not as the platform wrote them: a download cut short, an empty file, a
 * zipped export or a workbook, a file renamed with another extension. Each is read for what it
 * really holds, or refused with a message saying what it is, never read as short values.
 */
class DamagedExportsTest {

    private static final String TWEETS = "twitter/tweet_activity_metrics_CampaignHQ_20211101_20211201_en.csv";
    private static final String PAGE = "facebook/Facebook Insights Data Export - Campaign HQ - 2015-08-17 - 2015-08-19.csv";
    private static final String POSTS =
            "facebook/Facebook Insights Data Export (Post Level) - Campaign HQ - 2016-02-01 - 2016-02-29.csv";

    private final ExportReaderRegistry registry = new ExportReaderRegistry(PlatformReaders.all());
    private final ImportContext context = Inputs.context(Inputs.LONDON,
            Inputs.accounts(Map.of(Platform.TWITTER, "CampaignHQ", Platform.FACEBOOK, "Campaign HQ")));

    @Test
    void a_per_post_file_cut_between_two_fields_of_its_last_row_covers_nothing_and_says_so() throws Exception {
        String text = fixture(TWEETS);
        int cut = text.indexOf("\"100.0\",\"0.0\"", text.indexOf("1460000000000000004")) + "\"100.0\",\"0.0\"".length();
        RecordingSink sink = new RecordingSink();

        ImportReport report = registry.read(input(fileName(TWEETS), text.substring(0, cut)), sink);

        assertThat(report.problems()).extracting(RowProblem::reason).containsExactly("the file ends in the middle of"
                + " this row, after 6 of its 40 columns: it seems cut short, so nothing of this row is read (download"
                + " it again)");
        assertThat(sink.posts).extracting(p -> p.id().id()).doesNotContain("1460000000000000004").isNotEmpty();
        // The rows after the cut are lost, and they could be of any day: no day is known complete.
        assertThat(sink.coverage).isEmpty();
    }

    @Test
    void a_daily_file_cut_inside_its_last_row_gives_nothing_of_that_day() throws Exception {
        String text = fixture(PAGE);
        int cut = text.indexOf("8/19/2015,1215,5,400,1700,42") + "8/19/2015,1215,5,400,1700,42".length();
        RecordingSink sink = new RecordingSink();

        ImportReport report = registry.read(input(fileName(PAGE), text.substring(0, cut)), sink);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).hasValue(5);
            assertThat(p.reason()).startsWith("the file ends in the middle of this row, after 6 of its");
        });
        assertThat(sink.observations).isNotEmpty().noneMatch(o -> o.provenance().line().orElse(0) == 5);
        assertThat(report.rowsRejected()).isEqualTo(1);
    }

    @Test
    void a_file_cut_inside_its_second_header_row_is_read_as_nothing() throws Exception {
        String text = fixture(POSTS);
        int secondLine = text.indexOf('\n') + 1;
        int halfOfIt = secondLine + (text.indexOf('\n', secondLine) - secondLine) / 2;
        RecordingSink sink = new RecordingSink();

        ImportReport report = registry.read(input(fileName(POSTS), text.substring(0, halfOfIt)), sink);

        assertThat(report.problems()).extracting(RowProblem::reason).containsExactly("the file ends in the middle of"
                + " its second header row, the descriptions: it seems cut short (download it again)");
        assertThat(sink.observations).isEmpty();
        assertThat(sink.coverage).isEmpty();
    }

    @Test
    void an_empty_file_is_called_empty_rather_than_every_format_it_is_not() {
        assertThatThrownBy(() -> registry.readerFor(input("export.csv", "")))
                .isInstanceOf(UnrecognisedExportException.class).hasMessageEndingWith("the file is empty");
        assertThatThrownBy(() -> registry.readerFor(input("export.csv", "\r\n\r\n")))
                .isInstanceOf(UnrecognisedExportException.class).hasMessageEndingWith("the file holds only blank lines");
    }

    @Test
    void a_zipped_export_or_a_workbook_is_named_with_what_to_do() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};

        assertThatThrownBy(() -> registry.readerFor(input("export.zip", zip)))
                .hasMessageContaining("it is a ZIP archive").hasMessageContaining("unzip it");
        assertThatThrownBy(() -> registry.readerFor(input("export.xls", xls)))
                .hasMessageContaining("Excel 97-2003 workbook").hasMessageContaining("save its sheet as CSV");
    }

    @Test
    void a_file_renamed_with_another_extension_or_a_browsers_copy_number_keeps_what_its_name_says() throws Exception {
        String text = fixture(TWEETS);
        RecordingSink original = new RecordingSink();
        registry.read(input(fileName(TWEETS), text), original);

        for (String name : new String[] {"tweet_activity_metrics_CampaignHQ_20211101_20211201_en.txt",
            "tweet_activity_metrics_CampaignHQ_20211101_20211201_en (1).csv",
            "tweet_activity_metrics_CampaignHQ_20211101_20211201_en"}) {
            RecordingSink renamed = new RecordingSink();
            registry.read(input(name, text), renamed);
            assertThat(renamed.coverage).as(name).isNotEmpty().hasSameSizeAs(original.coverage);
            assertThat(renamed.coverage.get(0).window()).as(name).isEqualTo(original.coverage.get(0).window());
        }
        RecordingSink page = new RecordingSink();
        registry.read(input(fileName(PAGE).replace(".csv", ".txt"), fixture(PAGE)), page);
        assertThat(page.onDay("impressions", LocalDate.of(2015, 8, 18), Inputs.LONDON)).isPresent();
    }

    private static String fixture(String relative) throws Exception {
        // Byte for byte (some fixtures are windows-1252), so that a cut text is the file's bytes cut.
        return Files.readString(Inputs.fixture(relative), StandardCharsets.ISO_8859_1);
    }

    private static String fileName(String relative) {
        return Inputs.fixture(relative).getFileName().toString();
    }

    private ExportInput input(String name, String text) {
        return input(name, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private ExportInput input(String name, byte[] bytes) {
        byte[] copy = Arrays.copyOf(bytes, bytes.length);
        return new ExportInput(name, () -> new ByteArrayInputStream(copy), context);
    }
}
