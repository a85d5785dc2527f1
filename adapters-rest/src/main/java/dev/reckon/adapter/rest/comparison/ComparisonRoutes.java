package dev.reckon.adapter.rest.comparison;

import dev.reckon.adapter.rest.json.JsonBodies;
import dev.reckon.adapter.rest.problem.FieldProblem;
import dev.reckon.adapter.rest.problem.ProblemKind;
import dev.reckon.adapter.rest.server.RequestBodies;
import dev.reckon.adapter.rest.server.Responses;
import dev.reckon.adapter.rest.server.RouteGroup;
import dev.reckon.application.port.in.CompareNamedSeriesUseCase;
import dev.reckon.application.port.in.CompareSeriesResult;
import dev.reckon.application.port.in.SeriesTextsException;
import dev.reckon.domain.comparison.Comparison;
import dev.reckon.domain.comparison.Ranking;
import dev.reckon.report.ClaimReportView.BoundsView;
import dev.reckon.report.ClaimReportView.SeriesView;
import io.javalin.config.RoutesConfig;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/** {@code POST /comparisons}: two series compared, or more ranked. */
public final class ComparisonRoutes implements RouteGroup {

    private final CompareNamedSeriesUseCase comparisons;
    private final JsonBodies json = new JsonBodies();

    @Inject
    public ComparisonRoutes(CompareNamedSeriesUseCase comparisons) {
        this.comparisons = Objects.requireNonNull(comparisons, "comparisons is null");
    }

    @Override
    public void register(RoutesConfig routes, RequestBodies bodies) {
        routes.post(PREFIX + "/comparisons", ctx -> {
            ComparisonRequest request = json.readValid(bodies.readJson(ctx), ComparisonRequest.class);
            try {
                Responses.json(ctx, 200, view(comparisons.compare(request.series())));
            } catch (SeriesTextsException e) {
                throw ProblemKind.INVALID_SERIES.raise("some series cannot be read", e.problems().stream()
                        .map(p -> new FieldProblem(p.index(), "series", p.error().position().map(at -> (long) at.line()).orElse(null),
                                p.error().position().map(at -> (long) at.column()).orElse(null), p.error().message()))
                        .toList());
            }
        });
    }

    private static Object view(CompareSeriesResult result) {
        if (result instanceof CompareSeriesResult.Pair pair) {
            Comparison c = pair.comparison();
            return new PairView("comparison", SeriesView.of(c.a()), SeriesView.of(c.b()), BoundsView.of(c.difference()),
                    BoundsView.of(c.ratio()), BoundsView.of(c.percentChange()), c.direction().id(), c.notes());
        }
        Ranking ranking = ((CompareSeriesResult.Ranked) result).ranking();
        return new RankingView("ranking", ranking.entries().stream().map(e -> new EntryView(SeriesView.of(e.value()),
                e.position(), e.bestRank(), e.worstRank(), e.group())).toList(),
                ranking.unranked().stream().map(SeriesView::of).toList(), ranking.notes());
    }

    /** @param series two or more series written as in a check */
    record ComparisonRequest(@NotNull(message = "must list two or more series")
                             @Size(min = 2, max = 50, message = "must list between 2 and 50 series")
                             List<@NotBlank(message = "must be a series such as 'video_views{labour, facebook, ge2019}'") String> series) {
    }

    record PairView(String kind, SeriesView a, SeriesView b, BoundsView difference, BoundsView ratio,
                    BoundsView percentChange, String direction, List<String> notes) {
    }

    record RankingView(String kind, List<EntryView> entries, List<SeriesView> unranked, List<String> notes) {
    }

    record EntryView(SeriesView series, int position, int bestRank, int worstRank, int group) {
    }
}
