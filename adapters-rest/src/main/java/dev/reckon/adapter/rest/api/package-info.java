/**
 * The HTTP API assembled: every route group of the adapter, ready to be served.
 */
package dev.reckon.adapter.rest.api;
