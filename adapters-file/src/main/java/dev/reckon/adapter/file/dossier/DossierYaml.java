package dev.reckon.adapter.file.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/** {@code dossier.yaml} as written. Every section may be absent. */
final class DossierYaml extends Located {

    private LocatedText title;
    private LocatedText timezone;
    private Map<String, @Valid SubjectYaml> subjects;
    private Map<String, @Valid PeriodYaml> periods;
    private List<@Valid DataYaml> data;
    private List<@Valid ClaimYaml> claims;
    private List<@Valid MetricYaml> metrics;
    @Valid
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

    /** Who reviews the claims: {@code { name: Full Fact, url: https://fullfact.org, report: https://... }}. */
    static final class ReviewerYaml extends Located {
        @NotNull(message = "'reviewer' needs a 'name': the organisation or person reviewing the claims")
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
        @NotNull(message = "a data entry needs a 'path': a file or folder relative to the dossier")
        private LocatedText path;
        private LocatedText subject;
        private LocatedText platform;
        @Valid
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
        String label() {
            return path == null ? "" : "data entry '" + path + "'";
        }
    }

    /** The window a data entry is complete over. */
    static final class CoversYaml extends Located {
        @NotNull(message = "'covers' needs 'from', the first day covered")
        private LocatedText from;
        @NotNull(message = "'covers' needs 'to', the last day covered")
        private LocatedText to;

        LocatedText from() {
            return from;
        }

        LocatedText to() {
            return to;
        }
    }

    /** A claim to check. */
    static final class ClaimYaml extends Located {
        @NotNull(message = "a claim needs an 'id', unique in the dossier")
        private LocatedText id;
        private LocatedText text;
        @NotNull(message = "needs a 'check': what to test, written in the claim language")
        private LocatedText check;
        @Valid
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
        @NotNull(message = "a metric needs an 'id' such as newsletter_signups")
        private LocatedText id;
        @NotNull(message = "needs a 'unit': events, people, money or ratio")
        private LocatedText unit;
        @NotNull(message = "needs a 'kind': additive, distinct or stock")
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
    }
}
