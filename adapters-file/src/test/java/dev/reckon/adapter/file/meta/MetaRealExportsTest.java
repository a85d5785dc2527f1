package dev.reckon.adapter.file.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.platform.Inputs;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.SubjectDirectory;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Meta Business Suite page files in shared/real-exports/meta-business-suite. Expected figures
 * were computed by hand with Python's csv module: Views.csv read as UTF-16, its 28 day rows from
 * the fourth line summing to 712,987; Viewers.csv 60 rows, the last 'undefined', the other 59
 * 'Total Viewers' summing to 605,176; FollowerHistory.csv 60 rows, 22,551 on August 18 and 22,788
 * on October 16. The dates of Follows.csv and Views.csv say the year is 2025.
 */
class MetaRealExportsTest {

    private static final ZoneId MANILA = ZoneId.of("Asia/Manila");
    private static final Subject PAGE = Subject.of("pcm");

    private static ImportContext entry(Optional<Year> year) {
        return new ImportContext(MANILA, MetricCatalogue.builtIn(), SubjectDirectory.empty(), Optional.of(PAGE),
                Optional.empty(), Optional.empty(), year, Optional.empty(), "import-1");
    }

    private static Path real(String name) {
        return Inputs.realExports("meta-business-suite").resolve(name);
    }

    @Test
    void reads_the_views_series() throws IOException {
        RecordingSink sink = new RecordingSink();
        MetaPageSeriesReader reader = new MetaPageSeriesReader();

        ImportReport report = reader.read(Inputs.file(real("Views.csv"), entry(Optional.empty())), sink);

        assertThat(reader.recognise(Inputs.header(Inputs.file(real("Views.csv"), entry(Optional.empty()))))
                .matches()).isTrue();
        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(28);
        assertThat(sink.total("impressions")).isEqualByComparingTo("712987");
        assertThat(sink.coverageOf("impressions")).containsExactly(
                Window.ofDays(LocalDate.of(2025, 9, 20), LocalDate.of(2025, 10, 17), MANILA));
    }

    @Test
    void recognises_the_follows_series_and_reads_nothing_from_it() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = new MetaPageSeriesReader().read(Inputs.file(real("Follows.csv"), entry(Optional.empty())),
                sink);

        assertThat(sink.observations).isEmpty();
        assertThat(report.ignoredColumns()).containsExactly("Primary (Facebook follows)");
    }

    @Test
    void reads_viewers_with_the_entry_year() throws IOException {
        RecordingSink sink = new RecordingSink();

        ImportReport report = YearlessDailyReader.viewers()
                .read(Inputs.file(real("Viewers.csv"), entry(Optional.of(Year.of(2025)))), sink);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(60);
        assertThat(sink.of("reach")).hasSize(59);
        assertThat(sink.total("reach")).isEqualByComparingTo("605176");
    }

    @Test
    void reads_follower_history_with_the_entry_year_and_refuses_it_without() throws IOException {
        RecordingSink sink = new RecordingSink();
        Path file = real("FollowerHistory.csv");

        ImportReport report = YearlessDailyReader.followerHistory()
                .read(Inputs.file(file, entry(Optional.of(Year.of(2025)))), sink);
        ImportReport withoutYear = YearlessDailyReader.followerHistory()
                .read(Inputs.file(file, entry(Optional.empty())), new RecordingSink());

        assertThat(report.problems()).isEmpty();
        assertThat(sink.of("followers")).hasSize(60);
        assertThat(sink.valueOn("followers", LocalDate.of(2025, 8, 18), MANILA)).isEqualByComparingTo("22551");
        assertThat(sink.valueOn("followers", LocalDate.of(2025, 10, 16), MANILA)).isEqualByComparingTo("22788");
        assertThat(withoutYear.problems()).hasSize(1);
    }
}
