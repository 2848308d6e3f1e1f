package dev.kunai.app;

/** The entry point of a Kunai application: {@code Kunai.app().mount("/api/", api).run(args)}. */
public final class Kunai {

    private Kunai() {}

    /** A new application with settings loaded from {@code kunai.properties} and the environment. */
    public static KunaiApp app() {
        Logging.configureDefaults();
        return KunaiApp.create();
    }
}
