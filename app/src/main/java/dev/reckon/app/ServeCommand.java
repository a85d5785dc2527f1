package dev.reckon.app;

import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ObservationStoreException;
import dev.reckon.application.port.in.ImportProgress;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.service.DossierSessions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = ReckonVersion.class,
        headerHeading = "%n",
        header = "Serve a dossier over HTTP (a JSON API under /api/v1).",
        description = {
            "Reads DOSSIER_DIR/dossier.yaml and serves its claims, data and verdicts over HTTP, keeping what",
            "clients write in DOSSIER_DIR/.reckon/reckon.db, the store 'reckon check' reads. GET /api/v1/openapi.json",
            "describes every endpoint. The server listens on 127.0.0.1 unless --host says otherwise.",
            "",
            "With a token (the RECKON_API_TOKEN environment variable, or --token-file), every request other",
            "than GET and HEAD needs 'Authorization: Bearer <token>'. Without one the server refuses to",
            "listen on an address other machines can reach. Stop it with Ctrl-C or SIGTERM: requests in",
            "flight finish, then the store is closed.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  reckon serve examples/ge2019",
            "  RECKON_API_TOKEN=s3cret reckon serve examples/ge2019 --host 0.0.0.0 --port 8080",
            "",
            "Exit codes: 0 stopped, 2 the dossier, its data, token file or address cannot be used, 3 internal error."})
final class ServeCommand implements Callable<Integer> {

    static final String TOKEN_VARIABLE = "RECKON_API_TOKEN";

    @Spec
    private CommandSpec spec;

    @Mixin
    private DossierArgument dossier;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = RestSettings.LOOPBACK,
            description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on; 0 for any free port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the bearer token (instead of " + TOKEN_VARIABLE + ").")
    private Path tokenFile;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "The largest request body accepted, except on imports (default: ${DEFAULT-VALUE}).")
    private long maxBody;

    @Option(names = "--max-import", paramLabel = "BYTES", defaultValue = "52428800",
            description = "The largest file accepted by POST /imports (default: ${DEFAULT-VALUE}).")
    private long maxImport;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long a request may take before it is answered 503 (default: ${DEFAULT-VALUE}).")
    private long requestTimeoutSeconds;

    private final DossierSessions sessions;
    private final ExportImporter importer;
    private final CliEnvironment environment;
    private final ShutdownHooks shutdownHooks;
    private final StoreChoice stores;

    ServeCommand(DossierSessions sessions, ExportImporter importer, CliEnvironment environment,
                 ShutdownHooks shutdownHooks, StoreChoice stores) {
        this.stores = Objects.requireNonNull(stores, "stores is null");
        this.sessions = Objects.requireNonNull(sessions, "sessions is null");
        this.importer = Objects.requireNonNull(importer, "importer is null");
        this.environment = Objects.requireNonNull(environment, "environment is null");
        this.shutdownHooks = Objects.requireNonNull(shutdownHooks, "shutdownHooks is null");
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        RestSettings settings;
        try {
            settings = new RestSettings(host, port, token(), maxBody, maxImport, RestSettings.DEFAULT_IDLE_TIMEOUT,
                    Duration.ofSeconds(requestTimeoutSeconds));
        } catch (IOException e) {
            err.println("reckon serve: cannot read the token file " + tokenFile + ": " + RunMessages.describe(e));
            return ExitCode.UNREADABLE;
        } catch (IllegalArgumentException e) {
            err.println("reckon serve: " + e.getMessage());
            return ExitCode.UNREADABLE;
        }
        DossierServer server;
        // As check does: a bar follows each file imported, only on a terminal.
        Optional<ProgressBar> bar = environment.interactive() ? Optional.of(new ProgressBar(err)) : Optional.empty();
        try {
            server = DossierServer.serve(dossier.path(), dossier.reach(), sessions, importer, settings,
                    bar.<ImportProgress>map(b -> b::follow).orElse(ImportProgress.NONE));
        } catch (DossierException e) {
            RunMessages.printProblems(e, err);
            return ExitCode.UNREADABLE;
        } catch (ObservationStoreException | IllegalArgumentException e) {
            err.println("reckon serve: " + e.getMessage());
            return ExitCode.UNREADABLE;
        }
        shutdownHooks.add(server::close);
        PrintWriter out = spec.commandLine().getOut();
        String title = server.dossier().title();
        out.println("reckon serve: " + (title.isEmpty() ? dossier.path() : title) + " at "
                + server.baseUrl() + " (store " + stores.describe(server.dossier().folder()) + ")");
        out.flush();
        boolean imported = reportImport(server, dossier.path(), bar, err);
        server.awaitClose();
        // A server whose data never arrived served only its failure: its run did not succeed.
        return imported ? ExitCode.OK : ExitCode.UNREADABLE;
    }

    /** Waits for the dossier's data to be imported and says what was read, or why it could not be. */
    private static boolean reportImport(DossierServer server, Path dossierPath, Optional<ProgressBar> bar,
                                        PrintWriter err) {
        try {
            List<ImportReport> imports = server.awaitImport();
            bar.ifPresent(ProgressBar::clear);
            RunMessages.printImports(dossierPath, imports, err);
            return true;
        } catch (DossierException e) {
            bar.ifPresent(ProgressBar::clear);
            RunMessages.printProblems(e, err);
            err.println("reckon serve: the dossier's data could not be imported; the server answers 503 until restarted");
            err.flush();
            return false;
        } catch (ObservationStoreException e) {
            bar.ifPresent(ProgressBar::clear);
            err.println("reckon serve: " + e.getMessage());
            err.flush();
            return false;
        }
    }

    private Optional<String> token() throws IOException {
        if (tokenFile != null) {
            String fromFile = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            if (fromFile.isEmpty()) {
                throw new IllegalArgumentException("the token file " + tokenFile + " is empty");
            }
            return Optional.of(fromFile);
        }
        return Optional.ofNullable(environment.variables().get(TOKEN_VARIABLE)).map(String::strip).filter(t -> !t.isEmpty());
    }
}
