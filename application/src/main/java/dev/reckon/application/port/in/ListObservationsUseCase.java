package dev.reckon.application.port.in;

import dev.reckon.application.port.shared.ObservationPage;
import dev.reckon.application.port.shared.ObservationQuery;

/** Lists the observations stored for the dossier being served, a page at a time in a stable order. */
public interface ListObservationsUseCase {

    ObservationPage list(ObservationQuery query);
}
