/**
 * JSON in and out, with one mapper for the whole API: a body that is not JSON, does not fit its
 * DTO or breaks its constraints becomes a 400 problem naming every error found and where it is.
 */
package dev.reckon.adapter.rest.json;
