package dev.reckon.application.port.in;

import dev.reckon.application.port.out.ImportReport;
import dev.reckon.domain.series.SeriesValue;
import java.util.List;
import java.util.Objects;

/**
 * The series a comparison asked for, with their values.
 *
 * @param title   the dossier's title
 * @param values  one value per series asked for, in the order asked
 * @param imports one report per data file read
 */
public record DossierComparison(String title, List<SeriesValue> values, List<ImportReport> imports) {

    public DossierComparison {
        Objects.requireNonNull(title, "title is null");
        values = List.copyOf(values);
        imports = List.copyOf(imports);
    }
}
