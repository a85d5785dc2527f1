package dev.reckon.app;

import com.google.inject.AbstractModule;
import dev.reckon.adapter.prose.ProseScanner;
import dev.reckon.application.port.out.FigureScanner;

/** The prose adapter: the scanner that finds figures and relations in a text. */
public final class ProseAdapterModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(FigureScanner.class).to(ProseScanner.class);
    }
}
