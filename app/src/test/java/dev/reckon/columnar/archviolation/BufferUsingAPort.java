package dev.reckon.columnar.archviolation;

import dev.reckon.application.port.out.ObservationSink;

/** Breaks the library's rule on purpose: the columnar buffer naming an application port. */
public abstract class BufferUsingAPort implements ObservationSink {
}
