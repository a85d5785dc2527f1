/**
 * What the application offers: one use case interface per job, with the commands, queries and
 * results it takes and gives.
 */
package dev.reckon.application.port.in;
