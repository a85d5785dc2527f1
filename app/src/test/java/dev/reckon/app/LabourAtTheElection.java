package dev.reckon.app;

/** The part of a test dossier most CLI tests share: one subject, one election period, London time. */
final class LabourAtTheElection {

    /** From {@code timezone:} to the {@code ge2019} period, for a test to put its title before and its data after. */
    static final String SUBJECT_AND_PERIOD = """
            timezone: Europe/London
            subjects:
              labour: { name: UK Labour }
            periods:
              ge2019: { from: 2019-11-06, to: 2019-12-12 }
            """;

    private LabourAtTheElection() {
    }
}
