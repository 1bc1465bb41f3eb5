package vn.protocolbrief.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.TravelLedger;
import vn.protocolbrief.travel.ConflictLines;
import vn.protocolbrief.travel.TravelService;

/**
 * Travel copies: take one from the office, sync it back, list and resolve what both sides changed. Each subcommand
 * answers in the shape of {@link CommandContext} (open the store, ask, print JSON or text); the parent gives the
 * travel service acting as {@code --as}.
 */
@Command(name = "travel", description = "A travel copy for the road: travel take (from the office), travel sync,"
        + " travel conflicts, travel resolve ID --keep mine|office, travel status.",
        subcommands = {TravelCommand.Take.class, TravelCommand.Sync.class, TravelCommand.Conflicts.class,
                TravelCommand.Resolve.class, TravelCommand.Status.class})
final class TravelCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        throw new IllegalArgumentException("Name what to do: travel take, sync, conflicts, resolve or status"
                + " (see --help).");
    }

    TravelService service() {
        return new TravelService(location -> {
            Store office = Store.open(location, false);
            return cli.officer == null ? office : office.actingAs(vn.protocolbrief.store.Actor.named(cli.officer));
        });
    }

    /** What every travel subcommand has: the travel service (of the parent) and the store and output (the context). */
    abstract static class Subcommand implements Callable<Integer> {
        @ParentCommand
        TravelCommand parent;

        @Mixin
        CommandContext context;
    }

    @Command(name = "take", description = "Write a new travel copy (a store file) of the office (--db) at --out:"
            + " all its records, or those of the provinces named; it works offline like any store.")
    static final class Take extends Subcommand {
        @Option(names = "--out", paramLabel = "FILE.db", required = true, description = "The new copy (never an"
                + " existing file).")
        Path out;

        @Option(names = "--province", paramLabel = "P", description = "Only this province's records (repeatable).")
        List<String> provinces = new ArrayList<>();

        @Option(names = "--without-sensitive", description = "Leave the sensitivities (disasters, condolences,"
                + " anniversaries) out of the copy.")
        boolean withoutSensitive;

        @Override
        public Integer call() {
            java.nio.file.Path folder = out.toAbsolutePath().normalize().getParent();
            if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
                // Said before the office is opened: a missing folder was a SQLite "cannot open" error after it (fc7).
                throw new vn.protocolbrief.store.StoreException("Cannot write the travel copy " + out + ": the folder "
                        + folder + " does not exist. Nothing was written.");
            }
            return context.answer(office -> {
                Catalog catalog = new Catalog(office);
                List<String> ids = provinces.stream().map(p -> catalog.province(p).province().id()).distinct().toList();
                return parent.service().take(office, context.cli().storeLocation(), out, ids, withoutSensitive);
            }, (r, text) -> text.line("Travel copy " + r.copy() + " taken from " + r.office() + ": " + r.meetings()
                    + " meetings, " + r.persons() + " persons, " + r.partners() + " partners, " + r.sources()
                    + " sources, " + r.sensitivities() + " sensitivities."));
        }
    }

    @Command(name = "sync", description = "Send what was recorded on the road (the copy is --db) to the office and"
            + " take what changed there; records changed on both sides become conflicts.")
    static final class Sync extends Subcommand {
        @Option(names = "--office", paramLabel = "LOCATION", description = "The office (default: where the copy was"
                + " taken from).")
        String office;

        @Override
        public Integer call() {
            return context.answer(copy -> parent.service().sync(copy, office), (r, out) -> out.line("Synced: "
                    + r.sent() + " records sent to the office, " + r.received() + " received (" + r.deletedHere()
                    + " deletions, in the trash), " + r.conflicts() + " conflicts open"
                    + (r.conflicts() > 0 ? " (travel conflicts)." : ".")));
        }
    }

    @Command(name = "conflicts", description = "Records changed both on the road and at the office, with both"
            + " versions.")
    static final class Conflicts extends Subcommand {
        @Override
        public Integer call() {
            return context.answer(copy -> parent.service().conflicts(copy), (all, out) -> {
                if (all.isEmpty()) {
                    out.line("No conflicts.");
                }
                for (TravelLedger.Conflict c : all) {
                    out.line(c.id() + "  " + c.kind() + " " + c.refId() + ": " + c.label()
                            + " (office: changed by " + c.officeChangedBy() + " at " + c.officeChangedAt() + ")");
                    ConflictLines.of(c).forEach(l -> out.line("    " + l));
                }
            });
        }
    }

    @Command(name = "resolve", description = "Keep one version of a conflicting record: mine (sent by the next sync)"
            + " or the office's.")
    static final class Resolve extends Subcommand {
        @Parameters(paramLabel = "ID", description = "The number travel conflicts shows.")
        long id;

        @Option(names = "--keep", paramLabel = "mine|office", required = true)
        String keep;

        @Override
        public Integer call() {
            TravelLedger.Keep which = switch (keep.toLowerCase(java.util.Locale.ROOT)) {
                case "mine" -> TravelLedger.Keep.MINE;
                case "office" -> TravelLedger.Keep.OFFICE;
                default -> throw new IllegalArgumentException("--keep takes mine or office, not '" + keep + "'.");
            };
            try (Store copy = context.cli().openStore()) {
                TravelLedger.Conflict c = parent.service().resolve(copy, id, which);
                context.print(Map.of("id", c.id(), "kind", c.kind(), "refId", c.refId(), "kept", keep),
                        out -> out.line("Kept " + (which == TravelLedger.Keep.MINE ? "your version (sent by the next"
                                + " sync)" : "the office's version") + " of " + c.kind() + " " + c.refId() + "."));
            }
            return Cli.OK;
        }
    }

    @Command(name = "status", description = "Which office the copy (--db) came from, when it was last synced,"
            + " open conflicts.")
    static final class Status extends Subcommand {
        @Override
        public Integer call() {
            return context.answerWithStore(copy -> parent.service().status(copy).orElse(null), (copy, s, out) -> {
                if (s == null) {
                    out.line(copy.path() + " is not a travel copy.");
                } else {
                    out.line("Travel copy of " + s.office() + ", taken " + s.takenAt() + ", last synced "
                            + (s.lastSyncAt() == null ? "never" : s.lastSyncAt()) + "; " + s.openConflicts()
                            + " conflicts open.");
                }
            });
        }
    }
}
