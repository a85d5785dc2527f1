package dev.reckon.domain.claim;

import dev.reckon.domain.claim.Expression.Arithmetic;
import dev.reckon.domain.claim.Expression.Call;
import dev.reckon.domain.claim.Expression.FigureTerm;
import dev.reckon.domain.claim.Expression.Negated;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.series.SeriesQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names expressions in plain English: {@code video_views{labour, facebook, ge2019}} is
 * "Labour's ge2019 Facebook video views", a ratio of two periods of one series is "... as a share
 * of ge2017's".
 */
final class ExpressionWording {

    private final ClaimContext context;
    private final Map<SeriesRef, SeriesQuery> queries;

    ExpressionWording(ClaimContext context, Map<SeriesRef, SeriesQuery> queries) {
        this.context = context;
        this.queries = queries;
    }

    String describe(Expression expression) {
        if (expression instanceof FigureTerm term) {
            return term.figure().text();
        }
        if (expression instanceof SeriesRef ref) {
            return series(ref);
        }
        if (expression instanceof Negated negated) {
            return "minus " + describe(negated.operand());
        }
        if (expression instanceof Call call) {
            return call.function().words() + " " + list(call.arguments().stream().map(this::describe).toList());
        }
        Arithmetic arithmetic = (Arithmetic) expression;
        Optional<String> share = shareOf(arithmetic);
        if (share.isPresent()) {
            return share.get();
        }
        return operand(arithmetic.left()) + " " + arithmetic.operator().words() + " " + operand(arithmetic.right());
    }

    /** "Labour's ge2019 Facebook video views as a share of ge2017's" when only the period or subject differs. */
    private Optional<String> shareOf(Arithmetic arithmetic) {
        if (arithmetic.operator() != ArithmeticOperator.DIVIDED_BY
                || !(arithmetic.left() instanceof SeriesRef a) || !(arithmetic.right() instanceof SeriesRef b)) {
            return Optional.empty();
        }
        SeriesQuery qa = queries.get(a);
        SeriesQuery qb = queries.get(b);
        boolean sameButPeriod = qa.metric().equals(qb.metric()) && qa.subject().equals(qb.subject())
                && qa.platform() == qb.platform() && qa.segment().equals(qb.segment());
        if (sameButPeriod && !qa.period().equals(qb.period())) {
            return Optional.of(series(a) + " as a share of " + qb.period().name() + "'s");
        }
        boolean sameButSubject = qa.metric().equals(qb.metric()) && qa.period().equals(qb.period())
                && qa.platform() == qb.platform() && qa.segment().equals(qb.segment());
        if (sameButSubject && !qa.subject().equals(qb.subject())) {
            return Optional.of(series(a) + " as a share of " + possessive(subjectName(qb)));
        }
        return Optional.empty();
    }

    private String operand(Expression expression) {
        return expression instanceof Arithmetic ? "(" + describe(expression) + ")" : describe(expression);
    }

    /** "were" after a plural metric ("video views were"), "was" after a singular one ("reach was"), else "is". */
    String verb(Expression expression) {
        SeriesRef named = expression instanceof SeriesRef ref ? ref
                : expression instanceof Arithmetic a && shareOf(a).isPresent() ? (SeriesRef) a.left()
                : null;
        if (named == null) {
            return "is";
        }
        return queries.get(named).metric().endsWith("s") ? "were" : "was";
    }

    String series(SeriesRef ref) {
        SeriesQuery query = queries.get(ref);
        String platform = query.platform() == Platform.ALL ? "" : platformName(query.platform()) + " ";
        String segment = query.segment().isTotal() ? ""
                : " for " + query.segment().key() + " " + query.segment().value();
        return possessive(subjectName(query)) + " " + query.period().name() + " " + platform
                + query.metric().replace('_', ' ') + segment;
    }

    private String subjectName(SeriesQuery query) {
        String name = context.subjects().get(query.subject());
        return name == null || name.isBlank() ? query.subject().id() : name;
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    private static String platformName(Platform platform) {
        return switch (platform) {
            case FACEBOOK -> "Facebook";
            case INSTAGRAM -> "Instagram";
            case TWITTER -> "Twitter";
            case YOUTUBE -> "YouTube";
            case TIKTOK -> "TikTok";
            case WEB -> "web";
            case ALL -> "all-platform";
        };
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
