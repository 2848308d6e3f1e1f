package dev.kunai.app.commands;

import dev.kunai.app.KunaiApp;

/**
 * A command that a library on the classpath adds to every project (as a Django app adds management commands),
 * found with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/dev.kunai.app.commands.ProjectCommand}. kunai-auth adds {@code createsuperuser}
 * and {@code changepassword} this way.
 */
public interface ProjectCommand {

    /** The command's name, e.g. {@code createsuperuser}. */
    String name();

    /** A picocli command object ({@code @Command}-annotated, {@code Callable<Integer>} or {@code Runnable}) acting on {@code app}. */
    Object create(KunaiApp app);
}
