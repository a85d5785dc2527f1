package dev.reckon.adapter.jdbc;

import dev.reckon.application.fixture.ObservationStoreContract;
import dev.reckon.application.port.out.ObservationStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteObservationStoreTest extends ObservationStoreContract {

    @TempDir
    Path folder;

    @Override
    protected ObservationStore newStore() {
        return SqliteObservationStore.open(folder.resolve(".reckon/reckon.db"));
    }
}
