package dev.reckon.app;

import dev.reckon.adapter.file.report.DataListingRenderer;
import dev.reckon.application.port.in.DataListing;
import dev.reckon.application.port.in.DossierDataUseCase;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "data", mixinStandardHelpOptions = true, versionProvider = ReckonVersion.class,
        sortOptions = false, headerHeading = "%n",
        header = "Show what a dossier's data holds: every series, with its days and counts.",
        description = {
            "Reads DOSSIER_DIR/dossier.yaml and its data, then lists every series its files gave: metric, "
                    + "subject, platform and segment; the first and last day it has data or coverage for; the days "
                    + "its files declare complete; how many observations it has, and how many posts have a value of "
                    + "its metric. These are the series a claim can name.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  reckon data examples/ge2019",
            "  reckon data examples/ge2019 --format json",
            "",
            "Exit codes:",
            "  0  listed",
            "  2  the dossier cannot be read",
            "  3  internal error (a bug in Reckon)"})
final class DataCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DossierArgument dossier;

    @Mixin
    private ListingOutput output;

    private final DossierDataUseCase data;
    private final DataListingRenderer renderer;

    DataCommand(DossierDataUseCase data, DataListingRenderer renderer) {
        this.data = Objects.requireNonNull(data, "data is null");
        this.renderer = Objects.requireNonNull(renderer, "renderer is null");
    }

    @Override
    public Integer call() throws IOException {
        Optional<DataListing> listing = DossierRead.run(() -> data.series(dossier.path(), dossier.reach()),
                spec.commandLine().getErr());
        return output.print(listing, spec.commandLine().getOut(), renderer::seriesJson, renderer::seriesTable);
    }
}
