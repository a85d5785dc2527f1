package dev.reckon.adapter.file.report;

import dev.reckon.application.port.in.CompareSeriesResult;
import dev.reckon.application.port.in.ImportCounts;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.series.SeriesValue;
import java.util.List;
import java.util.Objects;

/**
 * The series a comparison asked for, compared over a dossier's data, with what opening the dossier imported:
 * what {@code reckon compare} presents.
 *
 * @param title   the dossier's title
 * @param result  two series side by side ({@link CompareSeriesResult.Pair}), or more ranked ({@link CompareSeriesResult.Ranked})
 * @param imports one report per data file, read now or kept from its last import
 * @param counts  how many data files were unchanged, re-imported and removed
 */
public record DossierComparison(String title, CompareSeriesResult result, List<ImportReport> imports,
                                ImportCounts counts) {

    public DossierComparison {
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(result, "result is null");
        imports = List.copyOf(imports);
        Objects.requireNonNull(counts, "counts is null");
    }

    /** A comparison for which every data file was read now. */
    public DossierComparison(String title, CompareSeriesResult result, List<ImportReport> imports) {
        this(title, result, imports, ImportCounts.allRead(imports.size()));
    }

    /** Compares {@code values} ({@link CompareSeriesResult#of}), every data file read now. */
    public DossierComparison(String title, List<SeriesValue> values, List<ImportReport> imports) {
        this(title, CompareSeriesResult.of(values), imports);
    }

    /** One value per series asked for, in the order asked. */
    public List<SeriesValue> values() {
        return result.values();
    }
}
