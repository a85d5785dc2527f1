package dev.reckon.application.service;

import dev.reckon.application.port.in.TextScan;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.application.port.out.ObservationStore;
import dev.reckon.domain.claim.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scan's figures bound to an open dossier's series, each bound one's check evaluated over the
 * dossier's data by the same checker as its claims. The checks are suggestions: nothing is saved.
 */
public final class DossierSuggestions {

    private DossierSuggestions() {
    }

    /** {@code scan} with a suggestion per figure bound in {@code dossier} and the reason for every other quantity. */
    public static TextScan suggest(TextScan scan, Dossier dossier, ObservationStore store) {
        Map<String, Binding> bindings = new FigureBinder(dossier).bind(scan.text());
        StoreClaimChecking checking = new StoreClaimChecking(dossier, store);
        List<TextScan.Suggestion> suggestions = new ArrayList<>();
        List<TextScan.Unbound> unbound = new ArrayList<>();
        bindings.forEach((figureId, binding) -> binding.check().ifPresentOrElse(
                check -> suggestions.add(new TextScan.Suggestion(figureId, check,
                        checking.check(Claim.of("s" + (suggestions.size() + 1), check)))),
                () -> unbound.add(new TextScan.Unbound(figureId, binding.reason()))));
        return scan.withBindings(suggestions, unbound);
    }
}
