package dev.reckon.adapter.file.archviolation;

import dev.reckon.application.service.archviolation.SomeService;

/** Breaks the ports-only rule on purpose: an adapter reaching past the ports into a service. */
public class AdapterCallingAService {
    public SomeService service = new SomeService();
}
