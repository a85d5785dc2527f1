package dev.reckon.adapter.jdbc;

import dev.reckon.application.fixture.ObservationStoreContract;
import dev.reckon.application.port.out.ObservationStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract again, with writes that write out what they hold after every two observations: a
 * later row replacing one already written, and the order of a series' rows, must not depend on
 * where the writes fall.
 */
class SqliteObservationStoreInSmallBatchesTest extends ObservationStoreContract {

    @TempDir
    Path folder;

    @Override
    protected ObservationStore newStore() {
        return SqliteObservationStore.open(folder.resolve(".reckon/reckon.db"), SqliteObservationStore.DEFAULT_BUSY_TIMEOUT,
                new SqliteSourceWrite.Holding(2, Long.MAX_VALUE));
    }
}
