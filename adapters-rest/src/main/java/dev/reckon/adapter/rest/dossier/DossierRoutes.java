package dev.reckon.adapter.rest.dossier;

import dev.reckon.adapter.rest.server.DataReadiness;
import dev.reckon.adapter.rest.server.RequestBodies;
import dev.reckon.adapter.rest.server.Responses;
import dev.reckon.adapter.rest.server.RouteGroup;
import dev.reckon.application.port.out.Dossier;
import dev.reckon.domain.metric.Metric;
import dev.reckon.domain.observation.Period;
import io.javalin.config.RoutesConfig;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** {@code GET /health} and {@code GET /dossier}: whether the server is up, and what the dossier names. */
public final class DossierRoutes implements RouteGroup {

    private final DossierView view;
    private final DataReadiness readiness;

    /** Routes over a dossier whose data is already in its store. */
    public DossierRoutes(Dossier dossier) {
        this(dossier, DataReadiness.ready());
    }

    @Inject
    public DossierRoutes(Dossier dossier, DataReadiness readiness) {
        this.view = DossierView.of(Objects.requireNonNull(dossier, "dossier is null"));
        this.readiness = Objects.requireNonNull(readiness, "readiness is null");
    }

    @Override
    public void register(RoutesConfig routes, RequestBodies bodies) {
        // Up while importing is still up (200); a failed import is not, so a balancer stops sending here.
        routes.get(PREFIX + "/health", ctx -> {
            DataReadiness.Health health = readiness.health();
            Responses.json(ctx, health.failed() ? 503 : 200, health);
        });
        routes.get(PREFIX + "/dossier", ctx -> Responses.json(ctx, 200, view));
    }

    record DossierView(String title, String zone, List<SubjectView> subjects, List<PeriodView> periods,
                       List<MetricView> metrics) {

        static DossierView of(Dossier dossier) {
            return new DossierView(dossier.title(), dossier.zone().getId(),
                    dossier.subjects().stream().map(s -> {
                        Map<String, String> accounts = new TreeMap<>();
                        s.accounts().forEach((platform, account) -> accounts.put(platform.id(), account));
                        return new SubjectView(s.id().id(), s.name(), accounts);
                    }).toList(),
                    dossier.periods().values().stream().map(PeriodView::of).toList(),
                    dossier.catalogue().all().stream().sorted(Comparator.comparing(Metric::id)).map(MetricView::of).toList());
        }
    }

    record SubjectView(String id, String name, Map<String, String> accounts) {
    }

    /** A period's days, both included, in the dossier's zone. */
    record PeriodView(String name, String from, String to) {

        static PeriodView of(Period period) {
            return new PeriodView(period.name(), period.from().toString(), period.to().toString());
        }
    }

    record MetricView(String id, String unit, String aggregation, String basis, String definition) {

        static MetricView of(Metric metric) {
            return new MetricView(metric.id().value(), metric.unit().id(), metric.kind().id(),
                    metric.basis().name().toLowerCase(Locale.ROOT).replace('_', '-'), metric.definition());
        }
    }
}
