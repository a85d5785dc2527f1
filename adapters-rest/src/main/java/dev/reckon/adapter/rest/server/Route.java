package dev.reckon.adapter.rest.server;

import java.util.Objects;

/** A registered route: {@code GET /api/v1/claims/{id}}, with path parameters in braces as OpenAPI writes them. */
public record Route(String method, String path) implements Comparable<Route> {

    public Route {
        Objects.requireNonNull(method, "method is null");
        Objects.requireNonNull(path, "path is null");
    }

    @Override
    public int compareTo(Route other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : method.compareTo(other.method);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
