package dev.reckon.app;

import dev.reckon.application.port.in.ImportCounts;
import dev.reckon.application.port.out.ObservationStoreException;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.RowProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run tells on standard error: which files were read and which rows were rejected. Data
 * files are named by their path from where the user is, so that {@code file:line:column} can be
 * opened as it stands.
 */
final class RunMessages {

    private RunMessages() {
    }

    static void printImports(Path dossierFolder, List<ImportReport> imports, PrintWriter err) {
        for (ImportReport report : imports) {
            String file = fromUser(dossierFolder, report.source());
            err.println("read " + file + " as " + report.format() + " (" + report.encoding() + "): "
                    + rows(report.rowsRead()) + ", " + report.rowsAccepted() + " accepted, "
                    + report.rowsRejected() + " rejected");
            for (RowProblem problem : report.problems()) {
                err.println(problem.in(fromUser(dossierFolder, problem.source())));
            }
            long unlisted = report.rowsRejected() - report.problems().size();
            if (unlisted > 0) {
                err.println(file + ": " + unlisted + " more rejected " + (unlisted == 1 ? "row" : "rows")
                        + " not listed");
            }
            for (String note : report.notes()) {
                err.println(file + ": " + note);
            }
        }
        err.flush();
    }

    /** {@code 3 files unchanged, 1 re-imported}: how much of the dossier's data this run read. */
    static void printCounts(ImportCounts counts, PrintWriter err) {
        err.println(counts.describe());
        counts.zoneNote().ifPresent(err::println);
        err.flush();
    }

    /** Why the store failed (busy, newer version, damaged), in one line: the message is written for users. */
    static void printStoreFailure(ObservationStoreException failure, PrintWriter err) {
        err.println("reckon: " + failure.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
        err.flush();
    }

    /** Why the dossier cannot be read, one {@code file:line:column: message} per line. */
    static void printProblems(DossierException unreadable, PrintWriter err) {
        unreadable.problems().forEach(err::println);
        err.flush();
    }

    /** A path the dossier gives relative to itself, as seen from the current directory. */
    static String fromUser(Path dossierDir, String source) {
        return dossierDir.resolve(source).normalize().toString();
    }

    /** An I/O failure in words: the JDK's messages are often just the path. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String rows(long count) {
        return count + (count == 1 ? " row" : " rows");
    }
}
