package dev.reckon.app;

import com.google.inject.ImplementedBy;

/** Where {@code reckon serve} registers what must run when the process is asked to stop (SIGTERM, Ctrl-C). */
@ImplementedBy(ShutdownHooks.Jvm.class)
interface ShutdownHooks {

    void add(Runnable hook);

    /** The JVM's shutdown hooks. */
    final class Jvm implements ShutdownHooks {

        @Override
        public void add(Runnable hook) {
            Runtime.getRuntime().addShutdownHook(new Thread(hook, "reckon-shutdown"));
        }
    }
}
