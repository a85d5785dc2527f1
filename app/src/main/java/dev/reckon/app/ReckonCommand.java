package dev.reckon.app;

import picocli.CommandLine.Command;

/**
 * {@code reckon}: the top of the command line; it does nothing but hold the subcommands, which
 * {@link ReckonCli} adds (only the one a run names, so that a run builds no other command).
 */
@Command(name = "reckon", mixinStandardHelpOptions = true, versionProvider = ReckonVersion.class,
        headerHeading = "%n",
        header = "Checks claims about digital-campaign performance against the platforms' own exports.",
        description = {
            "A dossier is a folder with dossier.yaml (title, time zone, subjects, periods, data files and "
                    + "claims) and the data files it names. Each claim has a check written in a small language, "
                    + "such as",
            "  video_views{labour, facebook, ge2019} < video_views{labour, facebook, ge2017}",
            "  436,000 / 865,000 = 50.4%%",
            "and gets a verdict: true, false, undecided, no-data or invalid.",
            ""},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  reckon check examples/ge2019",
            "  reckon check examples/ge2019 --format json --out report.json --fail-on false",
            "  reckon compare examples/ge2019 'video_views{labour, facebook, ge2019}' \\",
            "      'video_views{labour, facebook, ge2017}'",
            "  reckon import new-export.csv --dossier examples/ge2019",
            "  reckon scan examples/ge2019-submission/submission.md",
            "  reckon serve examples/ge2019 --port 8080",
            "  reckon check --help",
            "",
            "Exit codes: 0 done, 1 a claim reached --fail-on, 2 unreadable input or wrong",
            "usage, 3 internal error."})
final class ReckonCommand {
}
