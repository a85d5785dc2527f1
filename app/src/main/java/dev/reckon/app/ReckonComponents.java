package dev.reckon.app;

import dev.reckon.adapter.file.canonical.CanonicalCsvReader;
import dev.reckon.adapter.file.canonical.CanonicalJsonLinesReader;
import dev.reckon.adapter.file.canonical.PostJsonLinesReader;
import dev.reckon.adapter.file.dossier.FileDossierSource;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.ExportReaderRegistry;
import dev.reckon.adapter.file.readers.PlatformReaders;
import dev.reckon.adapter.file.report.ComparisonTextRenderer;
import dev.reckon.adapter.file.report.DataListingRenderer;
import dev.reckon.adapter.prose.ProseScanner;
import dev.reckon.application.port.in.DossierDataUseCase;
import dev.reckon.application.port.in.OpenDossierUseCase;
import dev.reckon.application.port.in.ScanTextUseCase;
import dev.reckon.application.port.in.ScanWithDossierUseCase;
import dev.reckon.application.port.out.DossierClaimStores;
import dev.reckon.application.port.out.DossierStores;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.service.DossierDataService;
import dev.reckon.application.service.DossierFilesStore;
import dev.reckon.application.service.DossierSessions;
import dev.reckon.application.service.ScanTextService;
import dev.reckon.application.service.ScanWithDossierService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The command line's composition root: every object a {@code reckon} run is made of, built by hand
 * and only when a command first asks for it. A dependency-injection container would find the same
 * graph by reflection at every start, which cost a check of a small dossier more than the check
 * itself (docs/benchmarks.md#start-up). {@code reckon serve} builds its HTTP API apart, over the
 * dossier it serves ({@link ServedApi}).
 *
 * <p>A test replaces the dossier opener, the importer or the shutdown hooks with {@code with...}, which gives a
 * new root; nothing is built until a command asks.
 */
final class ReckonComponents {

    private final CliEnvironment environment;
    private final StoreChoice storeChoice;
    private final ShutdownHooks shutdownHooks;
    private final Optional<OpenDossierUseCase> dossiersGiven;
    private final Optional<ExportImporter> importerGiven;
    private final Once<DossierSessions> sessions = new Once<>(this::newSessions);
    private final Once<ExportImporter> importer = new Once<>(() -> new OnFirstUseImporter(ReckonComponents::everyReader));
    private final Once<ScanTextUseCase> scanText = new Once<>(() -> new ScanTextService(new ProseScanner()));

    ReckonComponents(CliEnvironment environment) {
        this(environment, new ShutdownHooks.Jvm(), Optional.empty(), Optional.empty());
    }

    private ReckonComponents(CliEnvironment environment, ShutdownHooks shutdownHooks,
                             Optional<OpenDossierUseCase> dossiersGiven, Optional<ExportImporter> importerGiven) {
        this.environment = Objects.requireNonNull(environment, "environment is null");
        this.shutdownHooks = Objects.requireNonNull(shutdownHooks, "shutdownHooks is null");
        this.dossiersGiven = Objects.requireNonNull(dossiersGiven, "dossiersGiven is null");
        this.importerGiven = Objects.requireNonNull(importerGiven, "importerGiven is null");
        this.storeChoice = new StoreChoice(environment);
    }

    /** The same root, commands opening dossiers through {@code dossiers}. */
    ReckonComponents withDossiers(OpenDossierUseCase dossiers) {
        return new ReckonComponents(environment, shutdownHooks, Optional.of(dossiers), importerGiven);
    }

    /** The same root, data files read by {@code importer} alone. */
    ReckonComponents withImporter(ExportImporter importer) {
        return new ReckonComponents(environment, shutdownHooks, dossiersGiven, Optional.of(importer));
    }

    /** The same root, {@code reckon serve} registering its stop with {@code hooks}. */
    ReckonComponents withShutdownHooks(ShutdownHooks hooks) {
        return new ReckonComponents(environment, hooks, dossiersGiven, importerGiven);
    }

    CliEnvironment environment() {
        return environment;
    }

    /** Where this run keeps dossiers' imports: one per run, set by {@code --store} while the line is parsed. */
    StoreChoice storeChoice() {
        return storeChoice;
    }

    ShutdownHooks shutdownHooks() {
        return shutdownHooks;
    }

    /** The one way every command opens a dossier. */
    OpenDossierUseCase dossiers() {
        return dossiersGiven.orElseGet(sessions::get);
    }

    DossierSessions sessions() {
        return sessions.get();
    }

    /**
     * Every export format Reckon reads: the canonical formats, then the platforms' own exports. No
     * two readers accept the same header, so the order only decides which is named first when a
     * file fits none. Built when a file is first read, which a check of an unchanged dossier never does.
     */
    ExportImporter importer() {
        return importerGiven.orElseGet(importer::get);
    }

    DossierDataUseCase dossierData() {
        return new DossierDataService(sessions());
    }

    ScanTextUseCase scanText() {
        return scanText.get();
    }

    ScanWithDossierUseCase scanWithDossier() {
        return new ScanWithDossierService(scanText(), sessions());
    }

    ComparisonTextRenderer comparisonRenderer() {
        return new ComparisonTextRenderer();
    }

    DataListingRenderer listingRenderer() {
        return new DataListingRenderer();
    }

    /**
     * Each dossier's store, as a session opening the dossier should see it: what clients wrote through
     * {@code reckon serve} counts in checks but is never pruned as a file the dossier no longer names.
     * The store is chosen when a dossier is opened, after the command line was read.
     */
    private DossierSessions newSessions() {
        DossierStores stores = dossierDir -> new DossierFilesStore(storeChoice.stores().open(dossierDir));
        DossierClaimStores claims = dossierDir -> storeChoice.claims().open(dossierDir);
        return new DossierSessions(new FileDossierSource(), importer(), stores, claims);
    }

    private static ExportImporter everyReader() {
        List<ExportReader> readers = new ArrayList<>();
        readers.add(new CanonicalCsvReader());
        readers.add(new CanonicalJsonLinesReader());
        readers.add(new PostJsonLinesReader());
        readers.addAll(PlatformReaders.all());
        return new ExportReaderRegistry(readers);
    }

    /** A part built on first use and then kept; {@code serve}'s import and request threads may ask for it too. */
    private static final class Once<T> {

        private final Supplier<T> build;
        private T built;

        Once(Supplier<T> build) {
            this.build = build;
        }

        synchronized T get() {
            if (built == null) {
                built = Objects.requireNonNull(build.get(), "a component was built as null");
            }
            return built;
        }
    }
}
