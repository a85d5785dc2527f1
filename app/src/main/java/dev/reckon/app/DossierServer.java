package dev.reckon.app;

import com.google.inject.Guice;
import dev.reckon.adapter.jdbc.SqliteDossierStores;
import dev.reckon.adapter.rest.api.RestApi;
import dev.reckon.adapter.rest.server.RestServer;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.in.ImportProgress;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.service.DossierSession;
import dev.reckon.application.service.DossierSessions;
import dev.reckon.application.service.VersionCheckedCache;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * A dossier served over HTTP: the API over the dossier's SQLite store,
 * {@link SqliteDossierStores#STORE_FILE} in its folder, which is the store {@code reckon check} reads,
 * so what clients write survives a restart and counts in checks. The dossier is opened as every
 * command opens it ({@link DossierSessions}), and its session is kept open for as long as it is served.
 * {@link #close()} lets requests in flight finish, then closes the session and so its stores.
 */
final class DossierServer implements AutoCloseable {

    /** How many series the server keeps in memory between changes to its store. */
    private static final int CACHED_SERIES = 10_000;

    private final RestServer server;
    private final DossierSession session;
    private final CountDownLatch closed = new CountDownLatch(1);

    private DossierServer(RestServer server, DossierSession session) {
        this.server = server;
        this.session = session;
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
        return start(dossierDir, reach, sessions, importer, settings, ImportProgress.NONE);
    }

    /** As {@link #start(Path, DataReach, DossierSessions, ExportImporter, RestSettings)}, each file imported read through {@code progress}. */
    static DossierServer start(Path dossierDir, DataReach reach, DossierSessions sessions, ExportImporter importer,
                               RestSettings settings, ImportProgress progress) throws DossierException {
        Objects.requireNonNull(dossierDir, "dossierDir is null");
        DossierSession session = sessions.open(dossierDir, reach, progress);
        try {
            // Checks read the same series over and over; the store's version says when they changed.
            ObservationStore cached = new VersionCheckedCache(session.store(), CACHED_SERIES);
            RestApi api = Guice.createInjector(new RestModule(session.dossier(), cached, session.claims(), importer))
                    .getInstance(RestApi.class);
            return new DossierServer(api.start(settings), session);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    Dossier dossier() {
        return session.dossier();
    }

    /** What reading the dossier's data files found. */
    List<ImportReport> imports() {
        return session.imports();
    }

    String baseUrl() {
        return server.baseUrl();
    }

    int port() {
        return server.port();
    }

    Path storeFile() {
        return session.dossier().folder().resolve(SqliteDossierStores.STORE_FILE);
    }

    /** Waits until the server has been closed, by another thread or the JVM's shutdown hook. */
    void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            server.close();
        } finally {
            session.close();
            closed.countDown();
        }
    }
}
