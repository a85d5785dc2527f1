package dev.reckon.app;

import dev.reckon.application.port.shared.DataReach;
import picocli.CommandLine.Mixin;

/**
 * The options of every command that reads a dossier's data: {@code --allow-outside}, where its data
 * may be, and {@code --store}, where its imports are kept.
 */
final class DataOptions {

    @Mixin
    private AllowOutsideOption outside;

    @Mixin
    private StoreOption store;

    DataReach reach() {
        return outside.reach();
    }
}
