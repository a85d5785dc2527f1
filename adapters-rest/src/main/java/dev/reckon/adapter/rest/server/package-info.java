/**
 * The HTTP server under the routes: settings, bearer-token check, body limits, JSON responses and
 * the route-group contract.
 */
package dev.reckon.adapter.rest.server;
