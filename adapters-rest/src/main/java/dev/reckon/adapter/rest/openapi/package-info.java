/**
 * {@code GET /openapi.json}: the OpenAPI document of the API, written by hand.
 */
package dev.reckon.adapter.rest.openapi;
