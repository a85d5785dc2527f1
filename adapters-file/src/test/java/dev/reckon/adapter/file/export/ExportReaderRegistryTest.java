package dev.reckon.adapter.file.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reckon.adapter.file.canonical.CanonicalCsvReader;
import dev.reckon.adapter.file.canonical.CanonicalJsonLinesReader;
import dev.reckon.adapter.file.text.LineTooLongException;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.SubjectDirectory;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import dev.reckon.domain.metric.MetricCatalogue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportReaderRegistryTest {

    private final ExportReaderRegistry registry =
            new ExportReaderRegistry(List.of(new CanonicalCsvReader(), new CanonicalJsonLinesReader()));

    @Test
    void picksTheReaderWhoseHeaderMatches() throws Exception {
        assertThat(registry.readerFor(input("a.csv", "subject,platform,metric,from,to,segment,value\n", Optional.empty())).format())
                .isEqualTo("canonical-csv");
        assertThat(registry.readerFor(input("a.jsonl", "{\"subject\": \"labour\"}\n", Optional.empty())).format())
                .isEqualTo("canonical-jsonl");
        assertThat(registry.formats()).containsExactly("canonical-csv", "canonical-jsonl");
    }

    @Test
    void aHeaderOfAHundredThousandColumnsIsReadAndJudgedNotCalledEmpty() {
        StringBuilder header = new StringBuilder("subject");
        for (int i = 0; i < 100_000; i++) {
            header.append(",column").append(i);
        }

        assertThatThrownBy(() -> registry.readerFor(input("wide.csv", header + "\n", Optional.empty())))
                .isInstanceOf(UnrecognisedExportException.class)
                .hasMessageContaining("canonical-csv: 'column0' is not a canonical column")
                .hasMessageNotContaining("empty");
    }

    @Test
    void aTenMegabyteOneLineFileIsJudgedByItsLineNotCalledEmpty() {
        String line = "x,".repeat(5_000_000) + "x";

        assertThatThrownBy(() -> registry.readerFor(input("one-line.csv", line, Optional.empty())))
                .isInstanceOf(UnrecognisedExportException.class)
                .hasMessageContaining("canonical-csv: the first line names no canonical column")
                .hasMessageNotContaining("empty");
    }

    @Test
    void aFirstLineBeyondTheLimitIsRefusedNamingTheLimit() {
        String line = "x".repeat(LineTooLongException.MAX_BYTES + 1);

        assertThatThrownBy(() -> registry.readerFor(input("long.csv", line, Optional.empty())))
                .isInstanceOf(UnrecognisedExportException.class)
                .hasMessage("its format cannot be told: line 1 is longer than 16 MiB, the longest line Reckon reads");
    }

    @Test
    void controlCharactersOfAnUnrecognisedFirstLineAreEscapedInTheMessage() {
        assertThatThrownBy(() -> registry.readerFor(input("x.csv", "subject,\u001B[2J\u001B]0;owned\u0007\n", Optional.empty())))
                .isInstanceOf(UnrecognisedExportException.class)
                .hasMessageContaining("'\\u001B[2J\\u001B]0;owned\\u0007' is not a canonical column")
                .hasMessageNotContaining("\u001B");
    }

    @Test
    void anUnrecognisedHeaderNamesEveryFormatAndWhyItDidNotFit() {
        assertThatThrownBy(() -> registry.readerFor(input("data/page.csv", "Date,Lifetime Total Likes\n", Optional.empty())))
                .isInstanceOf(UnrecognisedExportException.class)
                .hasMessage("no known format fits this file (canonical-csv: the first line names no canonical column (expected "
                        + "subject,platform,metric,from,to,segment,value, and optionally source); "
                        + "canonical-jsonl: the first line is not a JSON object)");
    }

    @Test
    void aForcedFormatWinsAndAnUnknownOneIsAnError() throws Exception {
        assertThat(registry.readerFor(input("a.txt", "anything", Optional.of("canonical-jsonl"))).format())
                .isEqualTo("canonical-jsonl");
        assertThatThrownBy(() -> registry.readerFor(input("a.csv", "x", Optional.of("tiktok"))))
                .hasMessage("the dossier asks for the format 'tiktok', which Reckon does not know "
                        + "(known formats: canonical-csv, canonical-jsonl)");
    }

    @Test
    void twoReadersMayNotClaimOneFormat() {
        assertThatThrownBy(() -> new ExportReaderRegistry(List.of(new CanonicalCsvReader(), new CanonicalCsvReader())))
                .hasMessage("two readers claim the format 'canonical-csv'");
    }

    private static ExportInput input(String source, String text, Optional<String> format) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ImportContext context = new ImportContext(ZoneOffset.UTC, MetricCatalogue.builtIn(), SubjectDirectory.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), format, "i");
        return new ExportInput(source, () -> new ByteArrayInputStream(bytes), context);
    }
}
