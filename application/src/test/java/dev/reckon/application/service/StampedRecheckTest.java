package dev.reckon.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reckon.application.fixture.InMemoryClaimStore;
import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.application.port.in.ImportCounts;
import dev.reckon.application.port.in.ImportProgress;
import dev.reckon.application.port.out.DataEntry;
import dev.reckon.application.port.out.DataFile;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSubject;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.FileStamp;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.FileStat;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.Opener;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Subject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A re-check tells an untouched file from its stat alone, as git's index does, and hashes it only when
 * the stat moved or cannot vouch for it. The file lives in memory with a stat the test sets; every
 * open of its bytes is counted, so a test sees whether it was hashed or imported.
 */
class StampedRecheckTest {

    private static final Instant WRITTEN = Instant.parse("2026-03-01T10:00:00.250Z");
    private static final String SOURCE = "data/views.csv";

    private final StatFile file = new StatFile();
    private final CountingImporter importer = new CountingImporter();
    private final InMemoryObservationStore store = new InMemoryObservationStore();
    private Instant now = WRITTEN.plus(Duration.ofMinutes(5));

    @Test
    void anUntouchedFileIsNeitherHashedNorImportedAgain() throws DossierException {
        file.write("views=500", WRITTEN);
        check();
        file.opens = 0;

        ImportCounts counts = check();

        assertThat(file.opens).isZero();
        assertThat(importer.reads).isEqualTo(1);
        assertThat(counts.unchanged()).isEqualTo(1);
    }

    @Test
    void aTouchedFileIsHashedOnceNotImportedAndThenTrustedAgain() throws DossierException {
        file.write("views=500", WRITTEN);
        check();
        file.touch(WRITTEN.plus(Duration.ofMinutes(1)));
        file.opens = 0;

        ImportCounts touched = check();

        assertThat(file.opens).as("hashed").isEqualTo(1);
        assertThat(importer.reads).as("imported").isEqualTo(1);
        assertThat(touched.unchanged()).isEqualTo(1);
        file.opens = 0;
        now = now.plus(Duration.ofMinutes(1));
        check();
        assertThat(file.opens).as("its new stat was stamped").isZero();
    }

    @Test
    void aSameSizeEditInTheSecondTheStampWasTakenIsHashedAndImported() throws DossierException {
        // The import stamps the file in the second it was written: a file system that keeps whole
        // seconds would show a later edit in that second with the very same stat.
        file.write("views=500", WRITTEN);
        now = WRITTEN.plusMillis(500);
        check();
        file.rewriteKeepingStat("views=900");
        now = now.plus(Duration.ofMinutes(1));

        ImportCounts edited = check();

        assertThat(importer.reads).isEqualTo(2);
        assertThat(edited.reimported()).isEqualTo(1);
        assertThat(importer.lastText).isEqualTo("views=900");
    }

    @Test
    void aRacyStampIsReplacedOnceTheFileIsHashedSoTheNextCheckTrustsIt() throws DossierException {
        file.write("views=500", WRITTEN);
        now = WRITTEN.plusMillis(500);
        check();
        assertThat(store.source(SOURCE).orElseThrow().stamp()).hasValueSatisfying(s -> assertThat(s.racy()).isTrue());
        now = now.plus(Duration.ofMinutes(1));
        check();
        file.opens = 0;

        check();

        assertThat(file.opens).isZero();
        assertThat(importer.reads).isEqualTo(1);
    }

    @Test
    void aFileReplacedByAnotherWithTheSameSizeAndTimeIsHashed() throws DossierException {
        file.write("views=500", WRITTEN);
        check();
        file.replaceKeepingTimes("views=900", "(dev=1,ino=99)");

        ImportCounts replaced = check();

        assertThat(replaced.reimported()).isEqualTo(1);
        assertThat(importer.lastText).isEqualTo("views=900");
    }

    @Test
    void aStampIsTakenBeforeTheBytesAreReadAndKeptWithTheRecord() throws DossierException {
        file.write("views=500", WRITTEN);

        check();

        FileStamp stamp = store.source(SOURCE).orElseThrow().stamp().orElseThrow();
        assertThat(stamp.stat()).isEqualTo(file.stat);
        assertThat(stamp.taken()).isEqualTo(now);
    }

    @Test
    void progressFollowsAFileImportedAndNotAFileFoundUnchanged() throws DossierException {
        file.write("views=500", WRITTEN);
        List<String> followed = new java.util.ArrayList<>();
        ImportProgress progress = (source, size, opener) -> {
            followed.add(source + " " + size);
            return opener;
        };

        check(progress);
        check(progress);

        assertThat(followed).containsExactly(SOURCE + " 9");
    }

    private ImportCounts check() throws DossierException {
        return check(ImportProgress.NONE);
    }

    private ImportCounts check(ImportProgress progress) throws DossierException {
        Dossier dossier = new Dossier(Path.of("dossiers", "ge"), "GE review", ZoneOffset.UTC,
                List.of(new DossierSubject(Subject.of("labour"), "Labour", Map.of())), Map.of(), MetricCatalogue.builtIn(),
                List.of(new DataEntry(SOURCE, List.of(new DataFile(SOURCE, file, OptionalLong.of(file.bytes.length))),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty())),
                List.of());
        Clock clock = Clock.fixed(now, ZoneId.of("UTC"));
        try (DossierSession session = new DossierSessions(path -> dossier, importer, dir -> store,
                dir -> new InMemoryClaimStore(), clock).open(Path.of("dossiers", "ge"), DataReach.INSIDE_DOSSIER, progress)) {
            return session.counts();
        }
    }

    /** One file in memory whose stat the test sets as a file system would; opens of its bytes are counted. */
    private static final class StatFile implements Opener {
        private byte[] bytes = new byte[0];
        private FileStat stat;
        private int opens;
        private long changes;

        void write(String text, Instant when) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
            stat = stat(bytes.length, nanos(when), "(dev=1,ino=7)");
        }

        /** New bytes of the same size, and a file system that shows no other time: as within one second on ext3. */
        void rewriteKeepingStat(String text) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        }

        void replaceKeepingTimes(String text, String identity) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
            stat = new FileStat(bytes.length, stat.modifiedNanos(), stat.changedNanos(), Optional.of(identity));
        }

        void touch(Instant when) {
            stat = stat(bytes.length, nanos(when), stat.identity().orElseThrow());
        }

        private FileStat stat(long size, long modified, String identity) {
            // The change time moves with every write or touch, as a real inode's does.
            return new FileStat(size, modified, OptionalLong.of(++changes), Optional.of(identity));
        }

        private static long nanos(Instant instant) {
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        }

        @Override
        public InputStream open() {
            opens++;
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public Optional<FileStat> stat() {
            return Optional.of(stat);
        }
    }

    /** Reads the whole file and keeps nothing of it but the count of imports and the last text read. */
    private static final class CountingImporter implements ExportImporter {
        private int reads;
        private String lastText;

        @Override
        public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
            reads++;
            try (InputStream in = input.open()) {
                lastText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new ImportReport(input.source(), "lines", "UTF-8", 1, 0, 0, List.of(), List.of(), List.of(),
                    List.of(), List.of());
        }

        @Override
        public List<String> formats() {
            return List.of("lines");
        }
    }
}
