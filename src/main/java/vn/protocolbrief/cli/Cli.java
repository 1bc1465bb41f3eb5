package vn.protocolbrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;
import vn.protocolbrief.store.StoreLocation;

/** The command line: every capability headless, on any store, as text or JSON. */
// scope INHERIT: every command has --help (and --version) too.
@Command(name = "protocol-brief", mixinStandardHelpOptions = true, version = "Protocol Brief 0.1.0",
        scope = ScopeType.INHERIT, subcommands = CommandLine.HelpCommand.class,
        description = "History of meetings between Vietnamese provinces and Japanese partners, and briefing packs.")
public final class Cli {
    /**
     * Every command. Only the one invoked is given to picocli (which reads the annotations of every field of
     * every command it is given): a short command starts a quarter of a second sooner.
     */
    static final java.util.List<Class<?>> COMMANDS = java.util.List.of(ProvincesCommand.class, ResolveCommand.class,
            SearchCommand.class, MeetingsCommand.class, RequestsCommand.class, BriefCommand.class, ImportCommand.class,
            ExportCommand.class, ImportJsonCommand.class, FollowUpCommand.class, DeleteCommand.class, TrashCommand.class,
            UndoCommand.class, ChangesCommand.class, VisitCommand.class, DueCommand.class, LetterCommand.class, VocabularyCommand.class, FuzzImportCommand.class,
            BenchmarkCommand.class, PackBenchmarkCommand.class, ImportBenchmarkCommand.class,
            ConcurrencyBenchmarkCommand.class, ReviewCommand.class,
            OfficeCommand.class, TravelCommand.class, TravelBenchmarkCommand.class, EnglishCommand.class,
            SourceCommand.class, SensitiveCommand.class, TrainStatementsCommand.class);

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int UNKNOWN_NAME = 2;

    @Option(names = "--db", paramLabel = "FILE|URL", scope = ScopeType.INHERIT,
            description = "The store to use: a file (default: the user's store in the data folder) or an office's"
                    + " PostgreSQL server, postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=…].")
    String db;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print machine-readable JSON (UTF-8).")
    boolean json;

    @Option(names = "--as", paramLabel = "OFFICER", scope = ScopeType.INHERIT, description = "Who makes the changes"
            + " (default: the PROTOCOLBRIEF_USER environment variable, else the system user name); undo takes back"
            + " this officer's latest change.")
    String officer;

    private final Output out;

    public Cli(Output out) {
        this.out = out;
    }

    Output out() {
        return out;
    }

    /** The store's file; null when the store is on a server. */
    Path storePath() {
        if (db != null && vn.protocolbrief.store.ServerAddress.isServer(db)) {
            return null;
        }
        return db != null ? Path.of(db) : StoreLocation.defaultStore();
    }

    /** The store as given: a file or a server address. */
    String storeLocation() {
        return db != null ? db : StoreLocation.defaultStore().toString();
    }

    Store openStore() {
        return openStore(Store::open);
    }

    /** @param opener how the store at --db is opened (office init adds what an early build left out) */
    Store openStore(java.util.function.Function<String, Store> opener) {
        Store store = opener.apply(storeLocation());
        if (officer != null && store.onServer() && !officer.strip().equals(store.actor().name())) {
            // An office store's change log names the login, written by the server: --as cannot say otherwise.
            String login = store.actor().name();
            store.close();
            throw new StoreException("On an office store you act as your login (" + login + "); --as is for a store on"
                    + " this computer. Nothing was changed.");
        }
        return officer == null ? store : store.actingAs(vn.protocolbrief.store.Actor.named(officer));
    }

    /** Runs the command line and returns the exit code; errors are one line on stderr. */
    public static int run(Output out, String... args) {
        if (java.util.Arrays.asList(args).contains("brief")) {
            // The PDF engine loads on the other core while the arguments are parsed and the store opens.
            vn.protocolbrief.brief.BriefService.warmUpInBackground();
        }
        CommandLine cl = new CommandLine(new Cli(out));
        Class<?> invoked = invoked(args);
        for (Class<?> c : invoked != null ? java.util.List.<Class<?>>of(invoked) : COMMANDS) {
            cl.addSubcommand(c.getAnnotation(Command.class).name(), c);
        }
        cl.setOut(new PrintWriter(out.stdout(), true));
        cl.setErr(new PrintWriter(out.stderr(), true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof Catalog.UnknownNameException u) {
                out.error(u.getMessage());
                return UNKNOWN_NAME;
            }
            if (e instanceof StoreException || e instanceof IllegalArgumentException
                    || e instanceof vn.protocolbrief.ingest.ImportException) {
                out.error(e.getMessage());
                return FAILED;
            }
            out.error("Unexpected error: " + e);
            org.slf4j.LoggerFactory.getLogger(Cli.class).error("Unexpected error", e);
            return FAILED;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            boolean strayWord = ex instanceof picocli.CommandLine.UnmatchedArgumentException u
                    && ex.getCommandLine().getParent() == null && !u.getUnmatched().isEmpty()
                    && !u.getUnmatched().get(0).startsWith("-");
            out.error(strayWord
                    ? "'" + ((picocli.CommandLine.UnmatchedArgumentException) ex).getUnmatched().get(0)
                            + "' is not a command (see --help for the list)"
                    : ex.getMessage() + " (see --help)");
            return UNKNOWN_NAME;
        });
        return cl.execute(args);
    }

    /** The command these arguments name (the first argument that is a command's name), or null. */
    static Class<?> invoked(String... args) {
        for (String a : args) {
            for (Class<?> c : COMMANDS) {
                if (c.getAnnotation(Command.class).name().equals(a)) {
                    return c;
                }
            }
            if (a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V") || a.equals("help")) {
                return null;
            }
        }
        return null;
    }

    /** Whether these arguments name a command; without one the desktop window opens. */
    public static boolean namesCommand(String... args) {
        // Read from the annotations rather than building the picocli model twice on every start.
        java.util.Set<String> names = new java.util.HashSet<>(java.util.List.of("--help", "-h", "--version", "-V", "help"));
        for (Class<?> c : COMMANDS) {
            names.add(c.getAnnotation(Command.class).name());
        }
        for (String a : args) {
            if (names.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether these arguments are the window's: nothing, {@code --db FILE}, a file to open, {@code --measure-startup}
     * (and the process serial number older macOS Finders add).
     * Anything else is for the command line, which names what it does not understand (a mistyped command must not
     * open the window).
     */
    public static boolean opensWindow(String measureStartup, String... args) {
        Path file = fileArgument(args);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--db") && i + 1 < args.length) {
                i++;
            } else if (!(a.startsWith("--db=") || a.equals(measureStartup) || a.startsWith("-psn_")
                    || (file != null && Path.of(a).equals(file)))) {
                return false;
            }
        }
        return true;
    }

    /** An export file the window was asked to open (a double-clicked .pbjson), or null. */
    public static Path fileArgument(String... args) {
        for (String a : args) {
            String lower = a.toLowerCase(java.util.Locale.ROOT);
            boolean known = lower.endsWith(".pbjson") || lower.endsWith(".json") || lower.endsWith(".txt")
                    || lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".docx");
            if (known && java.nio.file.Files.isRegularFile(Path.of(a))) {
                return Path.of(a);
            }
        }
        return null;
    }

    /** The --db value as given (a file or an office store's address), or null. */
    public static String storeLocationArgument(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--db=")) {
                return args[i].substring(5);
            }
        }
        return null;
    }

    /** The --db value among arguments that name no command (the window's store). */
    public static Path storeArgument(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--db=")) {
                return Path.of(args[i].substring(5));
            }
        }
        return null;
    }
}
