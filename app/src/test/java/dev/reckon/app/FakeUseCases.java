package dev.reckon.app;

import dev.reckon.application.port.in.CheckDossierUseCase;
import dev.reckon.application.port.in.CompareNamedSeriesUseCase;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.in.ImportCounts;
import dev.reckon.application.port.in.ImportFileUseCase;
import dev.reckon.application.port.in.OpenDossier;
import dev.reckon.application.port.in.OpenDossierUseCase;
import dev.reckon.application.port.in.ReadDossier;
import dev.reckon.application.port.shared.DataReach;
import dev.reckon.application.port.shared.DossierException;
import dev.reckon.application.port.shared.ImportReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A dossier opener whose dossiers check as a test tells them to, and that remembers which it opened. */
final class FakeUseCases implements UnaryOperator<ReckonComponents> {

    /** What the fake check answers: a result, or a failure to open the dossier. */
    @FunctionalInterface
    interface Answer<T> {
        T get() throws DossierException;
    }

    final List<Path> opened = new ArrayList<>();
    private Answer<DossierCheck> checkAnswer = () -> {
        throw new AssertionError("the test did not say what check answers");
    };

    FakeUseCases answeringCheck(Answer<DossierCheck> answer) {
        this.checkAnswer = answer;
        return this;
    }

    @Override
    public ReckonComponents apply(ReckonComponents components) {
        return components.withDossiers(new OpenDossierUseCase() {
            @Override
            public OpenDossier open(Path dossierDir, DataReach reach) throws DossierException {
                opened.add(dossierDir);
                return new Opened(checkAnswer.get());
            }

            @Override
            public ReadDossier read(Path dossierDir, DataReach reach) {
                throw new AssertionError("the fake opens dossiers only to check them");
            }
        });
    }

    /** A dossier whose check gives {@code check}, with its imports. */
    private record Opened(DossierCheck check) implements OpenDossier {

        @Override
        public String title() {
            return check.title();
        }

        @Override
        public List<ImportReport> imports() {
            return check.imports();
        }

        @Override
        public ImportCounts counts() {
            return check.counts();
        }

        @Override
        public CheckDossierUseCase checks() {
            return () -> check;
        }

        @Override
        public CompareNamedSeriesUseCase comparisons() {
            throw new AssertionError("the fake opens dossiers only to check them");
        }

        @Override
        public ImportFileUseCase files() {
            throw new AssertionError("the fake opens dossiers only to check them");
        }

        @Override
        public void close() {
            // Nothing to close: the fake opened no store.
        }
    }
}
