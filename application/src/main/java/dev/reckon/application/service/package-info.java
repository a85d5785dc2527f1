/**
 * The use cases' implementations, the one way to open a dossier (DossierSessions) and the store
 * decorators they put in front of a store.
 */
package dev.reckon.application.service;
