package vn.protocolbrief.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.store.Office;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;

/** An office store's set-up and logins: roles and rights the database server enforces. */
@Command(name = "office", description = "Set up an office store (PostgreSQL) and manage its logins.",
        subcommands = {OfficeCommand.Init.class, OfficeCommand.User.class, OfficeCommand.Users.class})
final class OfficeCommand {
    @ParentCommand
    Cli cli;

    /** Opens the store and refuses, in one line, one that is not an office store. */
    Store openOffice() {
        return openOffice(false);
    }

    /** @param completing for `office init`: add the migrations an early build left out below the highest */
    Store openOffice(boolean completing) {
        if (!vn.protocolbrief.store.ServerAddress.isServer(cli.storeLocation())) {
            // said before opening: a laptop's store is not even created by asking
            throw new StoreException(vn.protocolbrief.domain.UserProblem.Code.NOT_AN_OFFICE);
        }
        Store store = cli.openStore(completing ? Store::openOfficeCompleting : Store::open);
        if (!Office.isOffice(store)) {
            store.close();
            throw new StoreException(vn.protocolbrief.domain.UserProblem.Code.NOT_AN_OFFICE);
        }
        return store;
    }

    @Command(name = "init", description = "On a new office database: the schema, the reference data and the roles"
            + " admin, editor and reader with their rights (run as the database's owner).")
    static final class Init implements Callable<Integer> {
        @ParentCommand
        OfficeCommand office;

        @Mixin
        CommandContext context;

        @Override
        public Integer call() {
            // An office database an early build made may lack a migration below its highest: added on opening.
            return context.answerWith(() -> office.openOffice(true), store -> new Initialised(new Office(store).init()),
                    (store, done, out) -> out.line("Office store ready: roles " + String.join(", ", done.roles())
                            + ". Add logins with `office user add LOGIN --role admin|editor|reader --password-stdin`."));
        }

        record Initialised(List<String> roles) {
        }
    }

    @Command(name = "user", description = "Manage one login.", subcommands = {User.Add.class})
    static final class User {
        @ParentCommand
        OfficeCommand office;

        @Command(name = "add", description = "Add a login with a role; its password is read from standard input"
                + " (--password-stdin), never from the command line.")
        static final class Add implements Callable<Integer> {
            @ParentCommand
            User user;

            @Mixin
            CommandContext context;

            @Parameters(index = "0", paramLabel = "LOGIN")
            String login;

            @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, editor or reader")
            String role;

            @Option(names = "--password-stdin", description = "Read the password from the first line of standard"
                    + " input (e.g. piped from a password manager).")
            boolean passwordStdin;

            @Override
            public Integer call() throws java.io.IOException {
                Office.Role r = Office.Role.of(role);
                char[] password = passwordStdin ? firstLine() : new char[0];
                if (passwordStdin && password.length == 0) {
                    throw new StoreException("No password on standard input. Nothing was changed.");
                }
                try {
                    return context.answerWith(user.office::openOffice,
                            store -> new Office(store).addUser(login, r, password),
                            (store, added, out) -> out.line("Login " + added.login() + " added as " + added.role().word()
                                    + (password.length == 0 ? " (no password given: a login the server had keeps its"
                                            + " own; a new one logs in only as the server allows, e.g. peer)" : "")
                                    + "."));
                } finally {
                    java.util.Arrays.fill(password, '\0');
                }
            }

            private static char[] firstLine() throws java.io.IOException {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line = in.readLine();
                return line == null ? new char[0] : line.toCharArray();
            }
        }
    }

    @Command(name = "users", description = "The office's logins: login, role, whether it can log in.")
    static final class Users implements Callable<Integer> {
        @ParentCommand
        OfficeCommand office;

        @Mixin
        CommandContext context;

        @Override
        public Integer call() {
            return context.answerWith(office::openOffice, store -> new Office(store).users(), (store, logins, out) -> {
                if (logins.isEmpty()) {
                    out.line("No logins yet; add one with `office user add LOGIN --role ROLE`.");
                }
                for (Office.Login l : logins) {
                    out.line(String.format("%-24s %-7s %s", l.login(), l.role().word(),
                            l.canLogIn() ? "can log in" : "cannot log in"));
                }
            });
        }
    }
}
