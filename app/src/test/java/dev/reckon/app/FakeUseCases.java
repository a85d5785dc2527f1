package dev.reckon.app;

import com.google.inject.AbstractModule;
import dev.reckon.application.port.in.CheckDossierCommand;
import dev.reckon.application.port.in.CheckDossierUseCase;
import dev.reckon.application.port.in.CompareInDossierCommand;
import dev.reckon.application.port.in.CompareInDossierUseCase;
import dev.reckon.application.port.in.DossierCheck;
import dev.reckon.application.port.in.DossierComparison;
import dev.reckon.application.port.shared.DossierException;
import java.util.ArrayList;
import java.util.List;

/** Use cases that answer what a test tells them to, and remember what they were asked. */
final class FakeUseCases extends AbstractModule {

    /** What the fake check answers: a result, or a failure. */
    @FunctionalInterface
    interface Answer<T> {
        T get() throws DossierException;
    }

    final List<CheckDossierCommand> checks = new ArrayList<>();
    final List<CompareInDossierCommand> comparisons = new ArrayList<>();
    private Answer<DossierCheck> checkAnswer = () -> {
        throw new AssertionError("the test did not say what check answers");
    };
    private Answer<DossierComparison> compareAnswer = () -> {
        throw new AssertionError("the test did not say what compare answers");
    };

    FakeUseCases answeringCheck(Answer<DossierCheck> answer) {
        this.checkAnswer = answer;
        return this;
    }

    FakeUseCases answeringCompare(Answer<DossierComparison> answer) {
        this.compareAnswer = answer;
        return this;
    }

    @Override
    protected void configure() {
        bind(CheckDossierUseCase.class).toInstance(command -> {
            checks.add(command);
            return checkAnswer.get();
        });
        bind(CompareInDossierUseCase.class).toInstance(command -> {
            comparisons.add(command);
            return compareAnswer.get();
        });
    }
}
