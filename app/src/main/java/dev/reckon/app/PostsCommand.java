package dev.reckon.app;

import dev.reckon.adapter.file.report.DataListingRenderer;
import dev.reckon.application.port.in.DossierDataUseCase;
import dev.reckon.application.port.in.PostListing;
import dev.reckon.application.port.shared.PostSelection;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "posts", mixinStandardHelpOptions = true, versionProvider = ReckonVersion.class,
        sortOptions = false, headerHeading = "%n",
        header = "List the posts a dossier's data holds, one by one.",
        description = {
            "Reads DOSSIER_DIR/dossier.yaml and its data, then lists the posts of its per-post exports (X per-tweet, "
                    + "Facebook post level and video posts, Meta Business Suite posts, CrowdTangle): when each was "
                    + "posted, by whom, its id, its lifetime values, its type and the first words of its text.",
            "",
            "A post exported in several files is listed once, with the values of the later export (the later "
                    + "export time, else the later data entry of the dossier).",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  reckon posts examples/ge2019",
            "  reckon posts my-dossier --subject ro --period 2017-01-01..2017-03-31 --sort post_impressions --top 5",
            "  reckon posts my-dossier --platform twitter --format json",
            "",
            "Exit codes:",
            "  0  listed",
            "  2  the dossier cannot be read, or the command line names what it lacks",
            "  3  internal error (a bug in Reckon)"})
final class PostsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DossierArgument dossier;

    @Option(names = "--subject", paramLabel = "SUBJECT", description = "Only the posts of this subject (its id).")
    private String subject;

    @Option(names = "--platform", paramLabel = "PLATFORM", description = "Only the posts on this platform.")
    private String platform;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "Only the posts made in a period the dossier declares, or one written as claims write it:"
                    + " 2017-01-01, 2017-W05, 2017-01, 2017-Q1, 2017 or 2017-01-01..2017-03-31.")
    private String period;

    @Option(names = "--sort", paramLabel = "METRIC",
            description = "The posts with the largest value of METRIC first (e.g. post_impressions); by time without it.")
    private String sort;

    @Option(names = "--top", paramLabel = "N", description = "At most N posts.")
    private Integer top;

    @Mixin
    private ListingOutput output;

    private final DossierDataUseCase data;
    private final DataListingRenderer renderer;

    PostsCommand(DossierDataUseCase data, DataListingRenderer renderer) {
        this.data = Objects.requireNonNull(data, "data is null");
        this.renderer = Objects.requireNonNull(renderer, "renderer is null");
    }

    @Override
    public Integer call() throws IOException {
        if (top != null && top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, not " + top);
        }
        PostSelection selection = new PostSelection(Optional.ofNullable(subject), Optional.ofNullable(platform),
                Optional.ofNullable(period), Optional.ofNullable(sort),
                top == null ? OptionalInt.empty() : OptionalInt.of(top));
        Optional<PostListing> listing = DossierRead.run(() -> data.posts(dossier.path(), dossier.reach(), selection),
                spec.commandLine().getErr());
        return output.print(listing, spec.commandLine().getOut(), renderer::postsJson,
                (posts, out) -> renderer.postsTable(posts, Optional.ofNullable(sort), out));
    }
}
