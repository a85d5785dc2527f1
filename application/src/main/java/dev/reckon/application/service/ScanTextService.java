package dev.reckon.application.service;

import dev.reckon.application.port.in.ScanTextCommand;
import dev.reckon.application.port.in.ScanTextUseCase;
import dev.reckon.application.port.in.TextScan;
import dev.reckon.application.port.out.FigureScanner;
import dev.reckon.application.port.shared.ImpliedRelation;
import dev.reckon.application.port.shared.ScannedText;
import dev.reckon.domain.claim.Claim;
import dev.reckon.domain.claim.ClaimChecker;
import dev.reckon.domain.claim.ClaimContext;
import dev.reckon.domain.series.SeriesQuery;
import dev.reckon.domain.series.SeriesValue;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a text with the scanner and has the domain check every relation it implies: the checks use
 * only the text's own figures, so they are evaluated without data, by the same rules as any claim.
 */
public final class ScanTextService implements ScanTextUseCase {

    private final FigureScanner scanner;
    private final ClaimChecker checker = new ClaimChecker(ClaimContext.arithmeticOnly(), ScanTextService::noSeries);

    @Inject
    public ScanTextService(FigureScanner scanner) {
        this.scanner = Objects.requireNonNull(scanner, "scanner is null");
    }

    @Override
    public TextScan scan(ScanTextCommand command) {
        ScannedText text = scanner.scan(command.content());
        List<TextScan.CheckedRelation> checked = new ArrayList<>(text.relations().size());
        for (ImpliedRelation relation : text.relations()) {
            String id = "r" + (checked.size() + 1);
            Claim claim = new Claim(id, relation.reading(), relation.check(), Optional.empty());
            checked.add(new TextScan.CheckedRelation(id, relation, checker.check(claim)));
        }
        return new TextScan(text, checked);
    }

    /** A relation's check names no series; the checker turns this failure into an invalid verdict if one did. */
    private static SeriesValue noSeries(SeriesQuery query) {
        throw new IllegalStateException("a relation in a text reads no series, but this one reads " + query.ref());
    }
}
