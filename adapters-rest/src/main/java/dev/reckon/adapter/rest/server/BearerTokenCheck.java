package dev.reckon.adapter.rest.server;

import dev.reckon.adapter.rest.problem.ProblemKind;
import dev.reckon.adapter.rest.scan.ScanRoutes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets requests that change nothing (GET, HEAD, and a POST that only computes, such as a scan) through, and asks every other one for the bearer
 * token, compared in constant time so that timing tells nothing about how much of a guess was right.
 */
final class BearerTokenCheck {

    private static final String SCHEME = "Bearer ";

    private final byte[] token;

    BearerTokenCheck(byte[] token) {
        this.token = token.clone();
    }

    void check(Context ctx) {
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD
                || (ctx.method() == HandlerType.POST && ctx.path().equals(ScanRoutes.PATH))) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw ProblemKind.UNAUTHORISED.raise("requests that change data need the header 'Authorization: Bearer <token>'");
        }
        byte[] given = header.substring(SCHEME.length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            throw ProblemKind.FORBIDDEN.raise("the bearer token is not the server's token");
        }
    }
}
