package dev.reckon.app;

/** Where {@code reckon serve} registers what must run when the process is asked to stop (SIGTERM, Ctrl-C). */
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
