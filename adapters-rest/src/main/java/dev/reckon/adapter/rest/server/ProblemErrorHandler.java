package dev.reckon.adapter.rest.server;

import dev.reckon.adapter.rest.json.JsonBodies;
import dev.reckon.adapter.rest.problem.Problem;
import dev.reckon.adapter.rest.problem.ProblemKind;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request line it cannot parse, a bad Content-Length, a URI over its
 * limit, a method it will not route) as problem details instead of its HTML pages, so that a client
 * reads every error of the API the same way. Jetty's reason is kept only as printable ASCII and
 * shortened: it is the parser's word about the request, never the request echoed back.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private static final int MAX_REASON = 80;

    private final JsonBodies json;

    ProblemErrorHandler(JsonBodies json) {
        this.json = json;
    }

    @Override
    public boolean errorPageForMethod(String method) {
        // Every method gets a body, CONNECT and the unknown ones included.
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        Problem problem = problem(code, reason(message), request.getHttpURI() == null ? "" : request.getHttpURI().getPath());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.write(true, ByteBuffer.wrap(json.write(problem)), callback);
    }

    /** The answer to a request too broken to be routed, written before any request object exists. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        return ByteBuffer.wrap(json.write(problem(status, reason(reason), "")));
    }

    /** The problem for a status the server or Jetty answered without a handler of the API being involved. */
    static Problem problem(int status, String reason, String path) {
        String why = reason.isEmpty() ? "" : " (" + reason + ")";
        return switch (status) {
            case 400 -> ProblemKind.INVALID_REQUEST.problem("the request is malformed" + why, path);
            case 404 -> ProblemKind.NOT_FOUND.problem("there is no " + path + " in this API; GET "
                    + RouteGroup.PREFIX + "/openapi.json lists what there is", path);
            case 413 -> ProblemKind.TOO_LARGE.problem("the body is too large", path);
            case 414 -> ProblemKind.URI_TOO_LONG.problem("the request's URI is longer than the server reads", path);
            case 431 -> ProblemKind.HEADERS_TOO_LARGE.problem("the request's headers are larger than the server reads", path);
            case 500 -> ProblemKind.INTERNAL.problem("the request could not be completed", path);
            // RFC 9457's type for a problem that means no more than its status.
            default -> new Problem("about:blank", HttpStatus.getMessage(status), status,
                    "the request cannot be answered (HTTP " + status + ")" + why, path, List.of());
        };
    }

    private static String reason(String message) {
        if (message == null) {
            return "";
        }
        String printable = message.replaceAll("[^\\x20-\\x7E]", "?").strip();
        return printable.length() <= MAX_REASON ? printable : printable.substring(0, MAX_REASON) + "...";
    }
}
