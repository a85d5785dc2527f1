package dev.reckon.report.archviolation;

import dev.reckon.application.service.archviolation.SomeService;

/** Breaks the report contract's rule on purpose: a view built from a service rather than a port's answer. */
public class ViewUsingAService {
    public SomeService service = new SomeService();
}
