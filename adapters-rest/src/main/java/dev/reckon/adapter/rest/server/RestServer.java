package dev.reckon.adapter.rest.server;

import dev.reckon.adapter.rest.json.JsonBodies;
import dev.reckon.adapter.rest.problem.Problem;
import dev.reckon.adapter.rest.problem.ProblemException;
import dev.reckon.adapter.rest.problem.ProblemKind;
import dev.reckon.application.port.out.ObservationStoreException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.util.JavalinBindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP API on Javalin: the route groups it is given, behind the token check and the body limits,
 * with every error, the framework's own 404 and 405 included, answered as a problem detail.
 *
 * <p>{@link #close()} drains: requests that arrive after it started get 503, those in flight finish
 * (up to a time limit), then the server stops. Jetty's graceful handler does the counting.
 */
public final class RestServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RestServer.class.getName());
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(30);

    private final Javalin app;
    private final String host;
    private final List<Route> routes;
    private final ExecutorService workers;

    private RestServer(Javalin app, String host, List<Route> routes, ExecutorService workers) {
        this.app = app;
        this.host = host;
        this.routes = routes;
        this.workers = workers;
    }

    /**
     * Starts serving {@code groups}.
     *
     * @throws IllegalArgumentException when asked to listen beyond this machine without a token, or
     *                                  on a port that is taken
     */
    public static RestServer start(RestSettings settings, List<RouteGroup> groups) {
        return start(settings, groups, new QueryParameterCheck(Map.of()));
    }

    /** As {@link #start(RestSettings, List)}, refusing a query parameter an endpoint does not take. */
    public static RestServer start(RestSettings settings, List<RouteGroup> groups, QueryParameterCheck parameters) {
        return start(settings, groups, parameters, DataReadiness.ready());
    }

    /**
     * As {@link #start(RestSettings, List, QueryParameterCheck)}, answering at once but serving the
     * dossier's data only once {@code readiness} says it is imported ({@link ReadinessGate}).
     */
    public static RestServer start(RestSettings settings, List<RouteGroup> groups, QueryParameterCheck parameters,
                                   DataReadiness readiness) {
        Objects.requireNonNull(settings, "settings is null");
        Objects.requireNonNull(parameters, "parameters is null");
        Objects.requireNonNull(readiness, "readiness is null");
        refuseOpenAddressWithoutToken(settings);
        RequestBodies bodies = new RequestBodies(settings.maxBodyBytes(), settings.maxImportBytes(), settings.idleTimeout());
        JsonBodies json = new JsonBodies();
        List<Route> routes = Collections.synchronizedList(new ArrayList<>());
        List<HandlerMetaInfo> reads = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = workers();
        AllowedMethods allowed = new AllowedMethods(routes, json);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.maxImportBytes();
            // Javalin puts its context inside the server's handler: a stop then waits for requests in flight.
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(DRAIN_LIMIT.toMillis());
                server.setHandler(new GracefulHandler());
                server.setErrorHandler(new ProblemErrorHandler(json));
            });
            config.jetty.modifyHttpConfiguration(http -> {
                http.setIdleTimeout(settings.idleTimeout().toMillis());
                http.setSendServerVersion(false);
            });
            config.events.handlerAdded(added -> {
                if (added.getHttpMethod() == HandlerType.GET) {
                    reads.add(added);
                }
                if (added.getHttpMethod().isHttpMethod() && added.getHttpMethod() != HandlerType.HEAD) {
                    routes.add(new Route(added.getHttpMethod().name(), added.getPath()));
                }
            });
            answerWithinTimeout(config, settings, workers, json);
            config.routes.before(allowed::answerOptions);
            if (settings.token().isPresent()) {
                BearerTokenCheck tokens = new BearerTokenCheck(settings.tokenBytes());
                config.routes.before(tokens::check);
            }
            config.routes.before(bodies::refuseDeclaredOverLimit);
            config.routes.beforeMatched(parameters::check);
            config.routes.beforeMatched(new ReadinessGate(readiness, json)::check);
            groups.forEach(group -> group.register(config.routes, bodies));
            answerHeadAsGet(config, reads);
            answerErrorsAsProblems(config, json, allowed);
        });
        try {
            app.start(settings.host(), settings.port());
        } catch (JavalinBindException e) {
            workers.shutdownNow();
            throw new IllegalArgumentException("cannot listen on " + settings.host() + ":" + settings.port()
                    + ": the port is in use or the address is not this machine's", e);
        }
        return new RestServer(app, settings.host(), List.copyOf(routes), workers);
    }

    public int port() {
        return app.port();
    }

    /** {@code http://127.0.0.1:8080/api/v1}. */
    public String baseUrl() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + RouteGroup.PREFIX;
    }

    /** Every route registered, in path order. */
    public Set<Route> routes() {
        return Collections.unmodifiableSet(new TreeSet<>(routes));
    }

    /**
     * Stops taking requests, lets those in flight finish (for up to {@link #DRAIN_LIMIT}; new ones
     * meanwhile get 503), then stops the server.
     */
    @Override
    public void close() {
        app.stop();
        workers.shutdown();
    }

    /**
     * Runs every endpoint on the worker pool with a deadline: a request not answered in time gets a
     * 503 problem at once, while its work, which cannot be stopped safely halfway, finishes unseen.
     */
    private static void answerWithinTimeout(JavalinConfig config, RestSettings settings, ExecutorService workers,
                                            JsonBodies json) {
        long timeoutMillis = settings.requestTimeout().toMillis();
        config.router.handlerWrapper(endpoint -> {
            Handler handler = endpoint.handler;
            if (!endpoint.method.isHttpMethod()) {
                return handler;
            }
            return ctx -> ctx.async(async -> {
                async.executor = workers;
                async.timeout = timeoutMillis;
                async.onTimeout(late -> respond(late, json, ProblemKind.TIMEOUT.problem("the request was not answered within "
                        + settings.requestTimeout().toSeconds() + " s; try again, or ask for less at once", late.path())));
            }, () -> handler.handle(ctx));
        });
    }

    /**
     * Enough threads that clients slow to send their bodies, each held for at most the idle timeout,
     * leave threads for everyone else; a waiting thread costs memory, not a core.
     */
    private static ExecutorService workers() {
        int count = Math.max(64, 8 * Runtime.getRuntime().availableProcessors());
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, "reckon-rest-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private static void refuseOpenAddressWithoutToken(RestSettings settings) {
        if (settings.token().isPresent()) {
            return;
        }
        boolean loopback;
        try {
            loopback = InetAddress.getByName(settings.host()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + settings.host() + "'", e);
        }
        if (!loopback) {
            throw new IllegalArgumentException("refusing to listen on " + settings.host()
                    + " without a token: anyone who can reach it could change the dossier's data."
                    + " Set RECKON_API_TOKEN or give --token-file, or listen on 127.0.0.1");
        }
    }

    /**
     * {@code HEAD} answers what {@code GET} would, headers and status, without the body (RFC 9110
     * section 9.3.2; Jetty leaves the body out): left to itself the framework answers every HEAD with
     * an empty 200 as plain text, so a link checker or monitor would be told a misspelt query or a page
     * still importing is fine. HEAD routes are not listed among the API's routes: they are the GET ones.
     */
    private static void answerHeadAsGet(JavalinConfig config, List<HandlerMetaInfo> reads) {
        List.copyOf(reads).forEach(get -> config.routes.head(get.getPath(), get.getHandler()));
    }

    private static void answerErrorsAsProblems(JavalinConfig config, JsonBodies json, AllowedMethods allowed) {
        config.routes.exception(ProblemException.class, (e, ctx) -> respond(ctx, json, e.problem(ctx.path())));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, json, frameworkProblem(e.getStatus(), ctx, allowed)));
        config.routes.exception(ObservationStoreException.class, (e, ctx) ->
                respond(ctx, json, ProblemKind.STORE_UNAVAILABLE.problem(e.withoutLocation(), ctx.path())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, "internal error answering " + ctx.method() + " " + ctx.path(), e);
            respond(ctx, json, ProblemKind.INTERNAL.problem(
                    "the request could not be completed; the server's log says why", ctx.path()));
        });
        for (int status : new int[] {404, 405}) {
            config.routes.error(status, ctx -> {
                if (!Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
                    respond(ctx, json, frameworkProblem(status, ctx, allowed));
                }
            });
        }
    }

    private static Problem frameworkProblem(int status, Context ctx, AllowedMethods allowed) {
        if (status == 405) {
            // RFC 9110 section 15.5.6: a 405 lists the methods the path does allow.
            allowed.of(ctx.path()).ifPresent(methods -> ctx.header("Allow", methods));
            return ProblemKind.METHOD_NOT_ALLOWED.problem(ctx.method() + " is not allowed on " + ctx.path(), ctx.path());
        }
        return ProblemErrorHandler.problem(status, "", ctx.path());
    }

    static void respond(Context ctx, JsonBodies json, Problem problem) {
        ctx.status(problem.status());
        ctx.contentType(Problem.MEDIA_TYPE);
        ctx.result(json.write(problem));
    }
}
