package dev.reckon.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.port.out.FileStamp;
import dev.reckon.application.port.out.SourceRecord;
import dev.reckon.application.port.out.SourceWrite;
import dev.reckon.application.port.shared.FileStat;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store keeps each source file's stamp with its record, and replaces it alone when asked. */
class FileStampStoreTest {

    private static final FileStamp STAMP = new FileStamp(new FileStat(418_000_000L, 1_733_480_000_123_456_789L,
            OptionalLong.of(1_733_480_000_223_456_789L), Optional.of("(dev=803,ino=42)")),
            Instant.parse("2026-12-06T11:00:01.5Z"));

    @TempDir
    Path folder;

    @Test
    void aStampCommittedWithARecordIsReadBackAfterReopening() {
        Path file = folder.resolve("reckon.db");
        SourceRecord record = StoreWriterProcess.record("a.csv", 1).stamped(Optional.of(STAMP));
        try (SqliteObservationStore store = SqliteObservationStore.open(file);
             SourceWrite write = store.replaceSource("a.csv")) {
            write.commit(record);
        }

        try (SqliteObservationStore store = SqliteObservationStore.open(file)) {
            assertThat(store.source("a.csv")).contains(record);
        }
    }

    @Test
    void restampingReplacesTheStampAndLeavesTheRestOfTheRecord() {
        SourceRecord record = StoreWriterProcess.record("a.csv", 1);
        try (SqliteObservationStore store = SqliteObservationStore.open(folder.resolve("reckon.db"))) {
            try (SourceWrite write = store.replaceSource("a.csv")) {
                write.commit(record);
            }

            store.restamp("a.csv", STAMP);
            store.restamp("unknown.csv", STAMP);

            assertThat(store.sources()).containsExactly(record.stamped(Optional.of(STAMP)));
        }
    }

    @Test
    void aStampWithoutChangeTimeOrIdentityIsKeptAsSuch() {
        FileStamp bare = new FileStamp(new FileStat(12, 5_000_000_000L, OptionalLong.empty(), Optional.empty()),
                Instant.ofEpochSecond(9));

        assertThat(FileStampText.read(FileStampText.write(bare))).contains(bare);
        assertThat(FileStampText.read(FileStampText.write(STAMP))).contains(STAMP);
    }

    @Test
    void aStampTextEditedByHandIsNoStampSoTheFileIsHashed() {
        assertThat(FileStampText.read(null)).isEmpty();
        assertThat(FileStampText.read("12 five - 9")).isEmpty();
        assertThat(FileStampText.read("12 5")).isEmpty();
    }
}
