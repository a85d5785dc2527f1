package dev.reckon.store.codec.archviolation;

import dev.reckon.application.service.archviolation.SomeService;

/** Breaks the store codec's rule on purpose: a codec reaching a service rather than a port's value. */
public class CodecUsingAService {
    public SomeService service = new SomeService();
}
