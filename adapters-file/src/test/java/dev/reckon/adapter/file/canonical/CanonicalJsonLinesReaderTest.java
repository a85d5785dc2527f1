package dev.reckon.adapter.file.canonical;

import static dev.reckon.adapter.file.canonical.CanonicalFixtures.LABOUR;
import static dev.reckon.adapter.file.canonical.CanonicalFixtures.LONDON;
import static dev.reckon.adapter.file.canonical.CanonicalFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.platform.RecordingSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import dev.reckon.domain.number.Interval;
import dev.reckon.domain.observation.Observation;
import dev.reckon.domain.observation.Segment;
import dev.reckon.domain.observation.Window;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalJsonLinesReaderTest {

    private static final CanonicalJsonLinesReader READER = new CanonicalJsonLinesReader();

    @Test
    void readsOneObservationPerLineWithNumbersExactlyAsWritten() throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(input("data/obs.jsonl", """
                {"subject": "labour", "platform": "facebook", "metric": "video_views", "from": "2019-12-06", "to": "2019-12-06", "value": 1777}

                {"subject": "labour", "platform": "facebook", "metric": "reach", "from": "2019-12-06", "to": "2019-12-12", "segment": "town=Stoke", "value": "109k", "source": "page export"}
                {"subject": "labour", "platform": "facebook", "metric": "likes", "from": "2019-12-06", "to": "2019-12-06", "value": 0.1}
                """), sink);

        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.rowsAccepted()).isEqualTo(3);
        assertThat(sink.observations).extracting(Observation::value).containsExactly(
                Interval.exactly(1777), Interval.of("108500", "109500"), Interval.exactly("0.1"));
        Observation reach = sink.observations.get(1);
        assertThat(reach.subject()).isEqualTo(LABOUR);
        assertThat(reach.segment()).isEqualTo(Segment.of("town", "Stoke"));
        assertThat(reach.window()).isEqualTo(Window.ofDays(LocalDate.of(2019, 12, 6), LocalDate.of(2019, 12, 12), LONDON));
        assertThat(reach.provenance().location()).isEqualTo("data/obs.jsonl:3");
    }

    @Test
    void moreThanAHundredProblemsAreCountedAndTheFirstHundredListed() throws IOException {
        ImportReport report = READER.read(input("o.jsonl", "not json\n".repeat(120)), new RecordingSink());

        assertThat(report.rowsRejected()).isEqualTo(120);
        assertThat(report.problems()).hasSize(ImportReport.MAX_LISTED_PROBLEMS);
        assertThat(report.notes()).containsExactly("dates, and times without an offset, are read in Europe/London, the dossier's zone",
                "120 problems found; the first 100 are listed");
    }

    @Test
    void badLinesAreRejectedByFieldAndTheOthersKept() throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportReport report = READER.read(input("o.jsonl", """
                {"subject": "labour", "platform": "facebook", "metric": "likes", "from": "2019-12-06", "to": "2019-12-06", "value": 1}
                {"subject": "labour", "platform": "facebook", "metric": "likes", "from": "2019-12-06", "value": 1, "colour": "red"}
                not json
                {"subject": "labour", "platform": "facebook", "metric": "likes", "from": "06/12/2019", "to": "2019-12-06", "value": [1]}
                """), sink);

        assertThat(report.rowsRejected()).isEqualTo(3);
        assertThat(report.problems()).extracting(RowProblem::toString).containsExactly(
                "o.jsonl:2 (colour): unknown field (expected subject, platform, metric, from, to, segment, value, source)",
                "o.jsonl:2 (to): the field is missing",
                "o.jsonl:3: not a JSON object: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "o.jsonl:4 (value): must be text or a number");
        assertThat(sink.observations).hasSize(1);
    }

    @Test
    void recognisesJsonObjectsOnly() {
        assertThat(READER.recognise(new ExportHeader("o.jsonl", List.of("{\"subject\":\"labour\"}"))).matches()).isTrue();
        assertThat(READER.recognise(new ExportHeader("o.csv", List.of("subject,platform"))).reason())
                .isEqualTo("the first line is not a JSON object");
    }
}
