package dev.reckon.app;

import com.google.inject.Guice;
import dev.reckon.adapter.jdbc.SqliteClaimStore;
import dev.reckon.adapter.jdbc.SqliteObservationStore;
import dev.reckon.adapter.rest.server.RestApi;
import dev.reckon.adapter.rest.server.RestServer;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ExportImporter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * A dossier served over HTTP: the API over the dossier's SQLite store, {@link #STORE_FILE} in its
 * folder, which is the store {@code reckon check} reads, so what clients write survives a restart.
 * {@link #close()} lets requests in flight finish, then closes the store.
 */
final class DossierServer implements AutoCloseable {

    /** Where a dossier's store is, relative to its folder. */
    static final Path STORE_FILE = Path.of(".reckon", "reckon.db");

    private final RestServer server;
    private final SqliteObservationStore store;
    private final SqliteClaimStore claims;
    private final CountDownLatch closed = new CountDownLatch(1);

    private DossierServer(RestServer server, SqliteObservationStore store, SqliteClaimStore claims) {
        this.server = server;
        this.store = store;
        this.claims = claims;
    }

    static DossierServer start(Dossier dossier, ExportImporter importer, RestSettings settings) {
        Objects.requireNonNull(dossier, "dossier is null");
        Path file = dossier.folder().resolve(STORE_FILE);
        SqliteObservationStore store = SqliteObservationStore.open(file);
        SqliteClaimStore claims = null;
        try {
            claims = SqliteClaimStore.open(file);
            RestApi api = Guice.createInjector(new RestModule(dossier, store, claims, importer)).getInstance(RestApi.class);
            return new DossierServer(api.start(settings), store, claims);
        } catch (RuntimeException e) {
            if (claims != null) {
                claims.close();
            }
            store.close();
            throw e;
        }
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
