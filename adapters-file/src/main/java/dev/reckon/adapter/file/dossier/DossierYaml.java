package dev.reckon.adapter.file.dossier;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code dossier.yaml} as written. Every section may be absent; the keys a part cannot do without
 * are checked by {@link #reportMissing(Problems)}, by hand rather than by a bean validator, whose
 * start-up would cost a check more than the whole rest of reading the dossier.
 */
final class DossierYaml extends Located {

    private LocatedText title;
    private LocatedText timezone;
    private Map<String, SubjectYaml> subjects;
    private Map<String, PeriodYaml> periods;
    private List<DataYaml> data;
    private List<ClaimYaml> claims;
    private List<MetricYaml> metrics;
    private ReviewerYaml reviewer;

    LocatedText title() {
        return title;
    }

    LocatedText timezone() {
        return timezone;
    }

    Map<String, SubjectYaml> subjects() {
        return subjects == null ? Map.of() : subjects;
    }

    Map<String, PeriodYaml> periods() {
        return periods == null ? Map.of() : periods;
    }

    List<DataYaml> data() {
        return data == null ? List.of() : data;
    }

    List<ClaimYaml> claims() {
        return claims == null ? List.of() : claims;
    }

    List<MetricYaml> metrics() {
        return metrics == null ? List.of() : metrics;
    }

    ReviewerYaml reviewer() {
        return reviewer;
    }

    @Override
    void reportMissing(Problems problems) {
        data().stream().filter(Objects::nonNull).forEach(entry -> entry.reportMissing(problems));
        claims().stream().filter(Objects::nonNull).forEach(claim -> claim.reportMissing(problems));
        metrics().stream().filter(Objects::nonNull).forEach(metric -> metric.reportMissing(problems));
        if (reviewer != null) {
            reviewer.reportMissing(problems);
        }
    }

    /** Who reviews the claims: {@code { name: Full Fact, url: https://fullfact.org, report: https://... }}. */
    static final class ReviewerYaml extends Located {
        private LocatedText name;
        private LocatedText url;
        private LocatedText report;

        LocatedText name() {
            return name;
        }

        LocatedText url() {
            return url;
        }

        LocatedText report() {
            return report;
        }

        @Override
        void reportMissing(Problems problems) {
            require(name, "'reviewer' needs a 'name': the organisation or person reviewing the claims", problems);
        }
    }

    /** A subject: {@code jc: { name: Jeremy Corbyn, aliases: [Corbyn], accounts: { twitter: jeremycorbyn } }}. */
    static final class SubjectYaml extends Located {
        private LocatedText name;
        private List<LocatedText> aliases;
        private Map<String, LocatedText> accounts;

        List<LocatedText> aliases() {
            return aliases == null ? List.of() : aliases;
        }

        LocatedText name() {
            return name;
        }

        Map<String, LocatedText> accounts() {
            return accounts == null ? Map.of() : accounts;
        }
    }

    /** A period: {@code { from: 2019-11-06, to: 2019-12-12 }} or {@code { on: 2019-12-12 }}. */
    static final class PeriodYaml extends Located {
        private LocatedText from;
        private LocatedText to;
        private LocatedText on;

        LocatedText from() {
            return from;
        }

        LocatedText to() {
            return to;
        }

        LocatedText on() {
            return on;
        }
    }

    /** A data entry: a file or folder with what the dossier says about it. */
    static final class DataYaml extends Located {
        private LocatedText path;
        private LocatedText subject;
        private LocatedText platform;
        private CoversYaml covers;
        private LocatedText format;
        private LocatedText year;
        private LocatedText zone;

        LocatedText path() {
            return path;
        }

        LocatedText subject() {
            return subject;
        }

        LocatedText platform() {
            return platform;
        }

        CoversYaml covers() {
            return covers;
        }

        LocatedText format() {
            return format;
        }

        LocatedText year() {
            return year;
        }

        LocatedText zone() {
            return zone;
        }

        @Override
        void reportMissing(Problems problems) {
            require(path, "a data entry needs a 'path': a file or folder relative to the dossier", problems);
            if (covers != null) {
                covers.reportMissing(problems);
            }
        }

        @Override
        String label() {
            return path == null ? "" : "data entry '" + path + "'";
        }
    }

    /** The window a data entry is complete over. */
    static final class CoversYaml extends Located {
        private LocatedText from;
        private LocatedText to;

        LocatedText from() {
            return from;
        }

        LocatedText to() {
            return to;
        }

        @Override
        void reportMissing(Problems problems) {
            require(from, "'covers' needs 'from', the first day covered", problems);
            require(to, "'covers' needs 'to', the last day covered", problems);
        }
    }

    /** A claim to check. */
    static final class ClaimYaml extends Located {
        private LocatedText id;
        private LocatedText text;
        private LocatedText check;
        private SourceYaml source;

        LocatedText id() {
            return id;
        }

        LocatedText text() {
            return text;
        }

        LocatedText check() {
            return check;
        }

        SourceYaml source() {
            return source;
        }

        @Override
        String label() {
            return id == null ? "" : "claim '" + id + "'";
        }

        @Override
        void reportMissing(Problems problems) {
            require(id, "a claim needs an 'id', unique in the dossier", problems);
            require(check, "needs a 'check': what to test, written in the claim language", problems);
        }
    }

    /** Who made a claim, where and when. */
    static final class SourceYaml extends Located {
        private LocatedText who;
        private LocatedText where;
        private LocatedText when;

        LocatedText who() {
            return who;
        }

        LocatedText where() {
            return where;
        }

        LocatedText when() {
            return when;
        }
    }

    /** A metric the dossier adds to the built-in catalogue. */
    static final class MetricYaml extends Located {
        private LocatedText id;
        private LocatedText unit;
        private LocatedText kind;
        private LocatedText basis;
        private LocatedText definition;

        LocatedText id() {
            return id;
        }

        LocatedText unit() {
            return unit;
        }

        LocatedText kind() {
            return kind;
        }

        LocatedText basis() {
            return basis;
        }

        LocatedText definition() {
            return definition;
        }

        @Override
        String label() {
            return id == null ? "" : "metric '" + id + "'";
        }

        @Override
        void reportMissing(Problems problems) {
            require(id, "a metric needs an 'id' such as newsletter_signups", problems);
            require(unit, "needs a 'unit': events, people, money or ratio", problems);
            require(kind, "needs a 'kind': additive, distinct or stock", problems);
        }
    }
}
