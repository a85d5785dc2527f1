package dev.reckon.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reckon.adapter.rest.server.RestServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;

/** A Micronaut HTTP client used standalone, answering every status as a value instead of an exception. */
final class Http implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final AutoCloseable owned;

    Http(String baseUrl) {
        this(baseUrl, () -> { });
    }

    private Http(String baseUrl, AutoCloseable owned) {
        try {
            this.client = HttpClient.create(URI.create(baseUrl).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(baseUrl, e);
        }
        this.owned = owned;
    }

    /** A client of a loopback server that stops the server when it is closed: one thing for a test to close. */
    static Http owning(RestServer server) {
        return new Http("http://127.0.0.1:" + server.port(), server::close);
    }

    record Answer(int status, String contentType, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    Answer get(String path) {
        return send(HttpRequest.GET(path));
    }

    /** A header of the answer to {@code GET path}, or the empty string. */
    String head(String path, String header) {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(path), String.class);
        return response.getHeaders().get(header) == null ? "" : response.getHeaders().get(header);
    }

    Answer post(String path, String json) {
        return send(HttpRequest.POST(path, json).contentType("application/json"));
    }

    Answer put(String path, String json) {
        return send(HttpRequest.PUT(path, json).contentType("application/json"));
    }

    Answer delete(String path) {
        return send(HttpRequest.DELETE(path));
    }

    Answer send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            return new Answer(response.code(), response.getContentType().map(Object::toString).orElse(""),
                    response.getBody(String.class).orElse(""));
        } catch (HttpClientResponseException e) {
            HttpResponse<?> response = e.getResponse();
            return new Answer(response.code(), response.getContentType().map(Object::toString).orElse(""),
                    response.getBody(String.class).orElse(""));
        }
    }

    @Override
    public void close() {
        client.close();
        try {
            owned.close();
        } catch (Exception e) {
            throw new IllegalStateException("the server did not stop", e);
        }
    }
}
