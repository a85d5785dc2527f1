package dev.reckon.adapter.postgres;

import dev.reckon.application.port.out.SourceWrite;
import java.io.IOException;
import java.util.Map;

/**
 * A process of its own that imports {@code rows} observations of {@code views.csv} into a dossier:
 * it says {@code streamed} once every row is sent, waits for a line on standard input, then commits
 * and says {@code committed}. Run by {@link SecondProcessTest}.
 */
public final class PostgresWriterProcess {

    private PostgresWriterProcess() {
    }

    public static void main(String[] args) throws IOException {
        PostgresLocation location = PostgresLocation.parse(args[0], Map.of());
        int rows = Integer.parseInt(args[2]);
        try (PostgresObservationStore store = PostgresObservationStore.open(location, args[1]);
             SourceWrite write = store.replaceSource("views.csv")) {
            for (int day = 0; day < rows; day++) {
                write.accept(Rows.views("views.csv", day, 7));
            }
            System.out.println("streamed");
            System.out.flush();
            System.in.read();
            write.commit(Rows.record("views.csv", rows));
            System.out.println("committed");
        }
    }
}
