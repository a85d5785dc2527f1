package dev.reckon.application.port.shared.archviolation;

import dev.reckon.application.port.in.archviolation.UseCaseNamingAnOutgoingPort;

/** Breaks the shared values' rule on purpose: a value both kinds of port name, naming one of them. */
public class SharedValueNamingAUseCase {
    public UseCaseNamingAnOutgoingPort useCase() {
        return null;
    }
}
