package dev.reckon.adapter.jdbc;

import dev.reckon.application.fixture.ObservationStoreContract;
import dev.reckon.application.port.out.ObservationStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contract again, with writes that hold nothing: every row is written as it comes. */
class SqliteObservationStoreWritingAsRowsComeTest extends ObservationStoreContract {

    @TempDir
    Path folder;

    @Override
    protected ObservationStore newStore() {
        return SqliteObservationStore.open(folder.resolve(".reckon/reckon.db"), SqliteObservationStore.DEFAULT_BUSY_TIMEOUT,
                SqliteSourceWrite.Holding.NONE);
    }
}
