package dev.reckon.application.port.in;

import dev.reckon.application.port.out.ImportReport;
import dev.reckon.domain.series.SeriesValue;
import java.util.List;
import java.util.Objects;

/**
 * The series a comparison asked for, compared over a dossier's data.
 *
 * @param title   the dossier's title
 * @param result  two series side by side ({@link CompareSeriesResult.Pair}), or more ranked ({@link CompareSeriesResult.Ranked})
 * @param imports one report per data file read
 */
public record DossierComparison(String title, CompareSeriesResult result, List<ImportReport> imports) {

    public DossierComparison {
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(result, "result is null");
        imports = List.copyOf(imports);
    }

    /** One value per series asked for, in the order asked. */
    public List<SeriesValue> values() {
        return result.values();
    }
}
