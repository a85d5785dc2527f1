package dev.reckon.adapter.rest.server;

import dev.reckon.adapter.rest.problem.ProblemKind;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * Reads request bodies up to a limit. A declared length over the limit is refused before a byte is
 * read; a body sent without one is read until it passes the limit and no further.
 *
 * <p>A body must arrive within the time limit, plus one second for every {@link #MIN_BYTES_PER_SECOND}
 * that arrived: a large import on a modest line goes through, a trickle does not. Jetty's idle timeout
 * alone does not bound it: a client sending one byte every few seconds is never idle, and would hold
 * a worker for as long as it likes. So after each read the connection's idle timeout is cut to the
 * time the body has left.
 */
public final class RequestBodies {

    /** The slowest sustained rate that earns a body more time than the limit: 64 KB/s. */
    static final long MIN_BYTES_PER_SECOND = 64 * 1024;

    private final long maxBodyBytes;
    private final long maxImportBytes;
    private final Duration timeLimit;

    RequestBodies(long maxBodyBytes, long maxImportBytes, Duration timeLimit) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxImportBytes = maxImportBytes;
        this.timeLimit = timeLimit;
    }

    /** The body of an ordinary request, at most the body limit. */
    public byte[] read(Context ctx) {
        return read(ctx, maxBodyBytes);
    }

    /**
     * The body of an endpoint that takes JSON, at most the body limit, refused with a 415 before a byte
     * is read when the request says it is something else: a text or form body would otherwise be parsed
     * and reported as malformed JSON, which sends its author looking for a syntax error that is not there.
     * A body without a {@code Content-Type} is read as JSON, the only thing such an endpoint takes.
     */
    public byte[] readJson(Context ctx) {
        JsonMediaType.require(ctx);
        return read(ctx);
    }

    /** The body of an import, at most the import limit. */
    public byte[] readImport(Context ctx) {
        return read(ctx, maxImportBytes);
    }

    long limitFor(String path) {
        return path.equals(RouteGroup.PREFIX + "/imports") ? maxImportBytes : maxBodyBytes;
    }

    /** Refuses a request whose declared length is over its path's limit. */
    void refuseDeclaredOverLimit(Context ctx) {
        long limit = limitFor(ctx.path());
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
    }

    private byte[] read(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        EndPoint connection = connection(ctx);
        long idleMillis = connection.getIdleTimeout();
        long started = System.nanoTime();
        long deadline = started + timeLimit.toNanos();
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] chunk = new byte[16 * 1024];
            long total = 0;
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                total += n;
                if (total > limit) {
                    throw tooLarge(limit);
                }
                out.write(chunk, 0, n);
                deadline = started + timeLimit.toNanos() + total * TimeUnit.SECONDS.toNanos(1) / MIN_BYTES_PER_SECOND;
                connection.setIdleTimeout(Math.max(1, Math.min(idleMillis, millisLeft(deadline))));
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (millisLeft(deadline) <= 0) {
                throw ProblemKind.BODY_TIMEOUT.raise("the body did not arrive within " + describe(timeLimit)
                        + " (and a second more per " + describe(MIN_BYTES_PER_SECOND) + " received); send it faster");
            }
            // The client stopped sending, or went silent past the idle timeout.
            throw ProblemKind.INVALID_REQUEST.raise("the body could not be read to its end");
        } finally {
            connection.setIdleTimeout(idleMillis);
        }
    }

    private static EndPoint connection(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request == null) {
            throw new IllegalStateException("the request does not come from Jetty's servlet context");
        }
        return request.getConnectionMetaData().getConnection().getEndPoint();
    }

    private static long millisLeft(long deadline) {
        return TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    }

    private static String describe(Duration time) {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() + " ms";
    }

    private static RuntimeException tooLarge(long limit) {
        return ProblemKind.TOO_LARGE.raise("the body is larger than the " + describe(limit) + " this endpoint accepts");
    }

    static String describe(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
