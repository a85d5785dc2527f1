package dev.reckon.adapter.rest.server;

import dev.reckon.adapter.rest.problem.ProblemKind;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads request bodies up to a limit. A declared length over the limit is refused before a byte is
 * read; a body sent without one is read until it passes the limit and no further.
 */
public final class RequestBodies {

    private final long maxBodyBytes;
    private final long maxImportBytes;

    RequestBodies(long maxBodyBytes, long maxImportBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxImportBytes = maxImportBytes;
    }

    /** The body of an ordinary request, at most the body limit. */
    public byte[] read(Context ctx) {
        return read(ctx, maxBodyBytes);
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

    private static byte[] read(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
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
            }
            return out.toByteArray();
        } catch (IOException e) {
            // The client stopped sending, or went silent past the idle timeout.
            throw ProblemKind.INVALID_REQUEST.raise("the body could not be read to its end");
        }
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
