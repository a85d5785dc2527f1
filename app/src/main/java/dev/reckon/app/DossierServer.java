package dev.reckon.app;

import dev.reckon.adapter.jdbc.SqliteDossierStores;
import dev.reckon.adapter.rest.api.RestApi;
import dev.reckon.adapter.rest.server.DataReadiness;
import dev.reckon.adapter.rest.server.RestServer;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.in.ImportProgress;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.out.ObservationStoreException;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.DossierProblem;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.service.DossierSession;
import dev.reckon.application.service.DossierSessions;
import dev.reckon.application.service.PreparedDossier;
import dev.reckon.application.service.VersionCheckedCache;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletionException;

/**
 * A dossier served over HTTP: the API over the dossier's SQLite store,
 * {@link SqliteDossierStores#STORE_FILE} in its folder, which is the store {@code reckon check} reads,
 * so what clients write survives a restart and counts in checks. The dossier is opened as every
 * command opens it ({@link DossierSessions}), and its stores are kept open for as long as it is served.
 * The server listens before the dossier's data files are imported, so its health answers at once.
 * {@link #close()} lets requests in flight finish, then closes the stores.
 */
final class DossierServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DossierServer.class.getName());

    /** How many series the server keeps in memory between changes to its store. */
    private static final int CACHED_SERIES = 10_000;

    private final RestServer server;
    private final PreparedDossier prepared;
    private final CompletableFuture<DossierSession> imported;
    private final CountDownLatch closed = new CountDownLatch(1);

    private DossierServer(RestServer server, PreparedDossier prepared, CompletableFuture<DossierSession> imported) {
        this.server = server;
        this.prepared = prepared;
        this.imported = imported;
    }

    /**
     * Opens the dossier, importing its data files into its store (keeping what clients wrote through
     * the API), and starts serving it.
     *
     * @throws DossierException when the dossier or one of its data files cannot be read
     */
    static DossierServer start(Path dossierDir, DossierSessions sessions, ExportImporter importer, RestSettings settings)
            throws DossierException {
        return start(dossierDir, DataReach.INSIDE_DOSSIER, sessions, importer, settings);
    }

    /** As {@link #start(Path, DossierSessions, ExportImporter, RestSettings)}, the data read where {@code reach} allows. */
    static DossierServer start(Path dossierDir, DataReach reach, DossierSessions sessions, ExportImporter importer,
                               RestSettings settings) throws DossierException {
        DossierServer server = serve(dossierDir, reach, sessions, importer, settings, ImportProgress.NONE);
        try {
            server.awaitImport();
            return server;
        } catch (DossierException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Reads the dossier, opens its stores and starts serving it at once, importing its data files in
     * the background, each read through {@code progress}: until the import ends, {@code GET /health}
     * says it is importing and the routes over the data answer 503 ({@link DataReadiness}).
     *
     * @throws DossierException when the dossier itself cannot be read
     */
    static DossierServer serve(Path dossierDir, DataReach reach, DossierSessions sessions, ExportImporter importer,
                               RestSettings settings, ImportProgress progress) throws DossierException {
        Objects.requireNonNull(dossierDir, "dossierDir is null");
        Objects.requireNonNull(progress, "progress is null");
        PreparedDossier prepared = sessions.prepare(dossierDir, reach);
        RestServer server;
        DataReadiness readiness = DataReadiness.importing();
        try {
            // Checks read the same series over and over; the store's version says when they changed.
            ObservationStore cached = new VersionCheckedCache(prepared.store(), CACHED_SERIES);
            RestApi api = ServedApi.over(prepared.dossier(), cached, prepared.claims(), importer, readiness);
            server = api.start(settings, readiness);
        } catch (RuntimeException e) {
            prepared.close();
            throw e;
        }
        ImportProgress watched = (source, size, opener) -> {
            readiness.reading(source);
            return progress.follow(source, size, opener);
        };
        CompletableFuture<DossierSession> imported = new CompletableFuture<>();
        Thread thread = new Thread(() -> importData(prepared, watched, readiness, imported), "reckon-serve-import");
        thread.setDaemon(true);
        thread.start();
        return new DossierServer(server, prepared, imported);
    }

    private static void importData(PreparedDossier prepared, ImportProgress progress, DataReadiness readiness,
                                   CompletableFuture<DossierSession> imported) {
        try {
            DossierSession session = prepared.importData(progress);
            readiness.imported();
            imported.complete(session);
        } catch (DossierException e) {
            Path folder = prepared.dossier().folder();
            readiness.failed(e.problems().stream().map(problem -> inDossier(folder, problem)).toList());
            imported.completeExceptionally(e);
        } catch (ObservationStoreException e) {
            readiness.failed(List.of(e.withoutLocation()));
            imported.completeExceptionally(e);
        } catch (RuntimeException | Error e) {
            // Whoever waits for the import, a stop included, must not wait for ever.
            readiness.failed(List.of("the import failed unexpectedly; the server's log says why"));
            imported.completeExceptionally(e);
            LOG.log(System.Logger.Level.ERROR, "importing the dossier's data failed", e);
        }
    }

    /** The problem with its file named from the dossier's folder: where the server keeps it is not the client's business. */
    private static String inDossier(Path folder, DossierProblem problem) {
        Path file = Path.of(problem.file());
        Path shown = file.startsWith(folder) ? folder.relativize(file) : file.getFileName();
        return new DossierProblem(shown.toString(), problem.line(), problem.column(), problem.message()).toString();
    }

    /**
     * Waits for the dossier's data files to be imported and gives what reading them found.
     *
     * @throws DossierException when a data file cannot be read or recognised; the server goes on
     *                          answering, its health saying the import failed
     */
    List<ImportReport> awaitImport() throws DossierException {
        try {
            return imported.join().imports();
        } catch (CompletionException e) {
            if (e.getCause() instanceof DossierException problems) {
                throw problems;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    Dossier dossier() {
        return prepared.dossier();
    }

    String baseUrl() {
        return server.baseUrl();
    }

    int port() {
        return server.port();
    }

    Path storeFile() {
        return prepared.dossier().folder().resolve(SqliteDossierStores.STORE_FILE);
    }

    /** Waits until the server has been closed, by another thread or the JVM's shutdown hook. */
    void awaitClose() throws InterruptedException {
        closed.await();
    }

    /**
     * Stops serving, then closes the stores once the import, if still running, has ended: a write
     * to the store is not stopped halfway.
     */
    @Override
    public synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            server.close();
        } finally {
            try {
                imported.handle((session, failure) -> null).join();
            } finally {
                prepared.close();
                closed.countDown();
            }
        }
    }
}
