package dev.reckon.adapter.rest.archviolation.routes;

import dev.reckon.adapter.rest.archviolation.server.ApiServer;

/** ...and the routes name the server back: the other half of the cycle. */
public class SomeRoutes {
    public ApiServer server() {
        return null;
    }
}
