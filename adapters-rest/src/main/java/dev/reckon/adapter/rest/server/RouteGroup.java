package dev.reckon.adapter.rest.server;

import io.javalin.config.RoutesConfig;

/** The routes of one feature of the API, all under {@link #PREFIX}. */
public interface RouteGroup {

    String PREFIX = "/api/v1";

    void register(RoutesConfig routes, RequestBodies bodies);
}
