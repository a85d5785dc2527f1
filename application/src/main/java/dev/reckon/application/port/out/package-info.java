/**
 * What the application needs from outside: the stores, the dossier source and the export importer
 * it drives, with the values only they exchange.
 */
package dev.reckon.application.port.out;
