package dev.reckon.adapter.rest.page;

import dev.reckon.application.port.in.DossierCheck;

/** Writes the page {@code GET /} shows for the served dossier's report: the HTML adapter's job, wired in by the app. */
@FunctionalInterface
public interface HomePage {

    String html(DossierCheck report);
}
