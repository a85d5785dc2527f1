package dev.reckon.store.codec;

import java.sql.Connection;
import java.sql.SQLException;

/** What both stores do with a JDBC connection they are done with. */
public final class Connections {

    private Connections() {
    }

    /** Closes {@code connection}, if any, ignoring a failure: closing only releases it, there is nothing to undo. */
    public static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing only releases the connection; a failure here leaves nothing to undo.
        }
    }
}
