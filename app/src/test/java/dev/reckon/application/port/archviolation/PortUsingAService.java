package dev.reckon.application.port.archviolation;

import dev.reckon.application.service.archviolation.SomeService;

/** Breaks the rule on purpose: a port naming a service. */
public interface PortUsingAService {
    SomeService service();
}
