/**
 * The report of a check as plain data, the JSON contract that {@code reckon check --format json} and
 * the HTTP API both present: presentation shared by two adapters, kept out of the ports.
 */
package dev.reckon.report;
