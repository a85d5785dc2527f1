package dev.reckon.app;

import com.google.inject.Guice;
import dev.reckon.adapter.jdbc.SqliteClaimStore;
import dev.reckon.adapter.jdbc.SqliteDossierStores;
import dev.reckon.adapter.jdbc.SqliteObservationStore;
import dev.reckon.adapter.rest.api.RestApi;
import dev.reckon.adapter.rest.server.RestServer;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.DossierSource;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.application.service.DossierFilesStore;
import dev.reckon.application.service.DossierLoader;
import dev.reckon.application.service.LoadedDossier;
import dev.reckon.application.service.VersionCheckedCache;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * A dossier served over HTTP: the API over the dossier's SQLite store,
 * {@link SqliteDossierStores#STORE_FILE} in its folder, which is the store {@code reckon check} reads,
 * so what clients write survives a restart and counts in checks.
 * {@link #close()} lets requests in flight finish, then closes the store.
 */
final class DossierServer implements AutoCloseable {

    /** How many series the server keeps in memory between changes to its store. */
    private static final int CACHED_SERIES = 10_000;

    private final RestServer server;
    private final SqliteObservationStore store;
    private final SqliteClaimStore claims;
    private final LoadedDossier loaded;
    private final CountDownLatch closed = new CountDownLatch(1);

    private DossierServer(RestServer server, SqliteObservationStore store, SqliteClaimStore claims,
                          LoadedDossier loaded) {
        this.server = server;
        this.store = store;
        this.claims = claims;
        this.loaded = loaded;
    }

    /**
     * Reads the dossier, imports its data files into its store (keeping what clients wrote through
     * the API), and starts serving it.
     *
     * @throws DossierException when the dossier or one of its data files cannot be read
     */
    static DossierServer start(Path dossierDir, DossierSource dossiers, ExportImporter importer, RestSettings settings)
            throws DossierException {
        Objects.requireNonNull(dossierDir, "dossierDir is null");
        Path file = dossierDir.resolve(SqliteDossierStores.STORE_FILE);
        SqliteObservationStore store = SqliteObservationStore.open(file);
        SqliteClaimStore claims = null;
        try {
            claims = SqliteClaimStore.open(file);
            DossierFilesStore files = new DossierFilesStore(store);
            LoadedDossier loaded = new DossierLoader(dossiers, importer, () -> files).load(dossierDir);
            // Checks read the same series over and over; the store's version says when they changed.
            ObservationStore cached = new VersionCheckedCache(store, CACHED_SERIES);
            RestApi api = Guice.createInjector(new RestModule(loaded.dossier(), cached, claims, importer))
                    .getInstance(RestApi.class);
            return new DossierServer(api.start(settings), store, claims, loaded);
        } catch (DossierException | RuntimeException e) {
            if (claims != null) {
                claims.close();
            }
            store.close();
            throw e;
        }
    }

    Dossier dossier() {
        return loaded.dossier();
    }

    /** What reading the dossier's data files found. */
    List<ImportReport> imports() {
        return loaded.imports();
    }

    String baseUrl() {
        return server.baseUrl();
    }

    int port() {
        return server.port();
    }

    Path storeFile() {
        return store.path();
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
            claims.close();
            store.close();
            closed.countDown();
        }
    }
}
