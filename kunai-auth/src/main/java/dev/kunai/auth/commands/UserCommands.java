package dev.kunai.auth.commands;

import dev.kunai.app.KunaiApp;
import dev.kunai.app.commands.ProjectCommand;

/** Registers kunai-auth's project commands with every application that has kunai-auth on its classpath. */
public final class UserCommands {

    private UserCommands() {}

    /** {@code createsuperuser}. */
    public static final class CreateSuperuser implements ProjectCommand {
        /** Found by {@link java.util.ServiceLoader}. */
        public CreateSuperuser() {}

        @Override
        public String name() {
            return "createsuperuser";
        }

        @Override
        public Object create(KunaiApp app) {
            return new CreateSuperuserCommand(app);
        }
    }

    /** {@code changepassword}. */
    public static final class ChangePassword implements ProjectCommand {
        /** Found by {@link java.util.ServiceLoader}. */
        public ChangePassword() {}

        @Override
        public String name() {
            return "changepassword";
        }

        @Override
        public Object create(KunaiApp app) {
            return new ChangePasswordCommand(app);
        }
    }
}
