/**
 * Failures as RFC 9457 problem details: their kinds, the fields at fault and the exception that
 * carries them to the response.
 */
package dev.reckon.adapter.rest.problem;
