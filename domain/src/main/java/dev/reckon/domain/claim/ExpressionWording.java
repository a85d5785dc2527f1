package dev.reckon.domain.claim;

import dev.reckon.domain.claim.Expression.Arithmetic;
import dev.reckon.domain.claim.Expression.Call;
import dev.reckon.domain.claim.Expression.FigureTerm;
import dev.reckon.domain.claim.Expression.Negated;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.post.Post;
import dev.reckon.domain.series.SeriesQuery;
import java.time.LocalDate;
import java.util.ArrayList;
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
    private final Map<SetCall, SetMembers> sets;

    ExpressionWording(ClaimContext context, Map<SeriesRef, SeriesQuery> queries, Map<SetCall, SetMembers> sets) {
        this.context = context;
        this.queries = queries;
        this.sets = sets;
    }

    String describe(Expression expression) {
        return expression.accept(words);
    }

    /** Plain words for each kind of expression. */
    private final Expression.Visitor<String, RuntimeException> words = new Expression.Visitor<>() {
        @Override
        public String figure(FigureTerm figure) {
            return figure.figure().text();
        }

        @Override
        public String series(SeriesRef series) {
            return ExpressionWording.this.series(series);
        }

        @Override
        public String negated(Negated negated) {
            return "minus " + describe(negated.operand());
        }

        @Override
        public String setCall(SetCall set) {
            return ExpressionWording.this.set(sets.get(set));
        }

        @Override
        public String label(Label label) {
            return label.text();
        }

        @Override
        public String call(Call call) {
            if (call.function() == CheckFunction.CHANGE) {
                return "the change from " + describe(call.arguments().get(1)) + " to " + describe(call.arguments().get(0));
            }
            return call.function().words() + " " + list(call.arguments().stream().map(ExpressionWording.this::describe).toList());
        }

        /** "a plus b", and "(a plus b) minus c" as the operators apply from left to right. */
        @Override
        public String arithmetic(Arithmetic arithmetic) {
            List<Arithmetic.Step> steps = arithmetic.steps();
            Arithmetic.Step second = steps.get(0);
            StringBuilder text = new StringBuilder("(".repeat(steps.size() - 1));
            text.append(shareOf(arithmetic.first(), second)
                    .orElseGet(() -> operand(arithmetic.first()) + " " + second.operator().words() + " " + operand(second.operand())));
            for (Arithmetic.Step step : steps.subList(1, steps.size())) {
                text.append(") ").append(step.operator().words()).append(' ').append(operand(step.operand()));
            }
            return text.toString();
        }
    };

    /** "Labour's ge2019 Facebook video views as a share of ge2017's" when only the period or subject differs. */
    private Optional<String> shareOf(Arithmetic arithmetic) {
        return arithmetic.steps().size() == 1 ? shareOf(arithmetic.first(), arithmetic.steps().get(0)) : Optional.empty();
    }

    private Optional<String> shareOf(Expression dividend, Arithmetic.Step step) {
        if (step.operator() != ArithmeticOperator.DIVIDED_BY
                || !(dividend instanceof SeriesRef a) || !(step.operand() instanceof SeriesRef b)) {
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
                : expression instanceof Arithmetic a && shareOf(a).isPresent() ? (SeriesRef) a.first()
                : null;
        if (named == null) {
            return "is";
        }
        return queries.get(named).metric().value().endsWith("s") ? "were" : "was";
    }

    /**
     * "the highest of Jeremy Corbyn's 2024-Q1 Twitter impressions by month", "the number of months of ...";
     * a {@code *} reads "every subject's" or "on every platform".
     */
    String set(SetMembers set) {
        String series = setSeries(set, set.period().name() + " ");
        return switch (set.call().function()) {
            case COUNT -> "the number of " + set.grouping().plural() + " of " + series;
            case ARGMAX -> "the " + set.grouping().singular() + " with the highest of " + series;
            case ARGMIN -> "the " + set.grouping().singular() + " with the lowest of " + series;
            default -> setWords(set.call().function()) + " " + series + " by " + set.grouping().singular();
        };
    }

    /**
     * "every subject's Facebook impressions": the series the set ranges over, without its period (which
     * the sentence names), as written, so never the subject, platform or segment of its first member.
     */
    String setOfAnyPeriod(SetMembers set) {
        return setSeries(set, "");
    }

    private String setSeries(SetMembers set, String period) {
        SeriesRef ref = set.call().grouped();
        SeriesQuery first = set.standIn();
        String owner = ref.subject().text().equals(SetResolver.EVERY) ? "every subject's" : possessive(subjectName(first));
        boolean everyPlatform = ref.platform().text().equals(SetResolver.EVERY);
        String platform = everyPlatform || first.platform() == Platform.ALL ? "" : platformName(first.platform()) + " ";
        String segment = ref.segment().map(s -> " for " + s.key().text() + " " + s.value().text()).orElse("");
        return owner + " " + period + platform + first.metric().value().replace('_', ' ')
                + (everyPlatform ? " on every platform" : "") + segment;
    }

    /**
     * A member as people know it: "Jeremy Corbyn (jc)" for a subject, a post with its day, its first
     * words and its link, else its label ("2024-02", "Stoke").
     */
    String member(SetMembers set, String label) {
        if (set.byPost()) {
            boolean everySubject = set.postsOver().stream().map(SeriesQuery::subject).distinct().count() > 1;
            return set.member(label).map(m -> post((SetMembers.PostMember) m, everySubject)).orElse(label);
        }
        if (!set.grouping().singular().equals("subject")) {
            return label;
        }
        String name = context.subjects().get(Subject.of(label));
        return name == null || name.isBlank() || name.equals(label) ? label : name + " (" + label + ")";
    }

    /**
     * "post 836988165339922432 (2017-03-01, \"Our new package…\", https://twitter.com/…)": enough to
     * find the post again, on the day of the dossier's zone it was made; in a set over several
     * subjects, whose post it is ("rOpenSci's post ...").
     */
    private String post(SetMembers.PostMember member, boolean withSubject) {
        Post post = member.post();
        List<String> parts = new ArrayList<>();
        parts.add(LocalDate.ofInstant(post.created(), context.zone()).toString());
        post.preview().ifPresent(text -> parts.add("\"" + text + "\""));
        post.permalink().ifPresent(parts::add);
        String owner = withSubject ? possessive(subjectName(post.subject())) + " " : "";
        return owner + "post " + member.label() + " (" + String.join(", ", parts) + ")";
    }

    private static String setWords(CheckFunction function) {
        return switch (function) {
            case MAX -> "the highest of";
            case MIN -> "the lowest of";
            default -> function.words();
        };
    }

    String series(SeriesRef ref) {
        return series(queries.get(ref));
    }

    /** "Labour's ge2019 Facebook video views": a series as people say it, also a member of a set. */
    String series(SeriesQuery query) {
        return series(query, query.period().name() + " ");
    }

    /** "rOpenSci's Twitter post impressions": a series named without its period, which the sentence names. */
    String seriesOfAnyPeriod(SeriesQuery query) {
        return series(query, "");
    }

    private String series(SeriesQuery query, String period) {
        String platform = query.platform() == Platform.ALL ? "" : platformName(query.platform()) + " ";
        String segment = query.segment().isTotal() ? ""
                : " for " + query.segment().key() + " " + query.segment().value();
        return possessive(subjectName(query)) + " " + period + platform + query.metric().value().replace('_', ' ') + segment;
    }

    private String subjectName(SeriesQuery query) {
        return subjectName(query.subject());
    }

    private String subjectName(Subject subject) {
        String name = context.subjects().get(subject);
        return name == null || name.isBlank() ? subject.id() : name;
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

    /**
     * {@code text} as the start of a sentence: capitalised, unless it starts with a subject's name,
     * which is shown as the dossier writes it ("rOpenSci's", never "ROpenSci's").
     */
    String sentenceStart(String text) {
        boolean startsWithName = context.subjects().values().stream()
                .anyMatch(name -> !name.isBlank() && text.startsWith(name));
        return startsWithName ? text : capitalised(text);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
