package dev.reckon.adapter.rest.archviolation.server;

import dev.reckon.adapter.rest.archviolation.routes.SomeRoutes;

/** One half of a package cycle on purpose: the server names its routes... */
public class ApiServer {
    public SomeRoutes routes = new SomeRoutes();
}
