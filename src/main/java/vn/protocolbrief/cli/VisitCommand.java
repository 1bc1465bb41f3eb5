package vn.protocolbrief.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.brief.BriefModel;
import vn.protocolbrief.brief.BriefRequest;
import vn.protocolbrief.brief.BriefService;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.store.ArchiveJson;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.service.VisitService;

/** The coming visit a pack is for: create, change, show, list, delete, and its talking points. */
@Command(name = "visit", description = "The coming visit a pack is for: date, time, venue, the expected delegation,"
        + " our participants, interpreter, programme, purpose, and who issues, prepares and approves the pack.",
        subcommands = {VisitCommand.Add.class, VisitCommand.Edit.class, VisitCommand.Show.class, VisitCommand.ListVisits.class,
                VisitCommand.Delete.class, VisitCommand.Points.class, VisitDoneCommand.class})
final class VisitCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        throw new IllegalArgumentException("Name what to do: visit add, edit, show, list, delete, points or done (see --help).");
    }

    @Command(name = "add", description = "Record a coming visit; prints its id.")
    static final class Add implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Mixin
        VisitFields fields;

        @Override
        public Integer call() {
            return context.answerWithStore(store -> {
                Visit v = new VisitService(store).record(fields.checked(fields.apply(null, new Catalog(store),
                        VisitService.newId())), VisitService.ANY_VERSION);
                fields.english(store, v);
                return v;
            }, (store, v, out) -> describe(store, v, "Recorded visit " + v.id() + ".", out));
        }
    }

    @Command(name = "edit", description = "Change a visit: only the options given change (an empty --leader removes"
            + " the head of delegation; --member, --host and --programme replace their lists).")
    static final class Edit implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "ID")
        String id;

        @Mixin
        VisitFields fields;

        @Override
        public Integer call() {
            return context.answerWithStore(store -> {
                VisitService visits = new VisitService(store);
                // Saved only if nobody saved the visit since it was read here: a race is refused, not lost.
                VisitService.Versioned base = visits.getVersioned(id);
                Visit v = visits.record(fields.checked(fields.apply(base.visit(), new Catalog(store), id)),
                        base.version());
                fields.english(store, v);
                return v;
            }, (store, v, out) -> describe(store, v, "Changed visit " + v.id() + ".", out));
        }
    }

    @Command(name = "show", description = "One visit in full.")
    static final class Show implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            return context.answerWithStore(store -> new VisitService(store).get(id),
                    (store, v, out) -> describe(store, v, null, out));
        }
    }

    @Command(name = "list", description = "Visits, the latest first; --province and --partner narrow the list.")
    static final class ListVisits implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Mixin
        PairFilter pair;

        @Override
        public Integer call() {
            return context.answer(store -> {
                Catalog catalog = new Catalog(store);
                return new VisitService(store).list(pair.provinceId(catalog), pair.partnerId(catalog));
            }, (all, out) -> {
                if (all.isEmpty()) {
                    out.line("No visits recorded" + (pair.none() ? "." : " for that pair."));
                }
                for (Visit v : all) {
                    out.line(String.format("%-16s %-10s %-14s %s", v.id(), v.date().known() ? v.date().display() : "—",
                            v.provinceId(), v.partnerId()));
                }
            });
        }
    }

    @Command(name = "delete", description = "Delete a visit (the packs made for it keep their record).")
    static final class Delete implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            try (Store store = context.cli().openStore()) {
                new VisitService(store).delete(id);
                context.out().line("Deleted visit " + id + ".");
            }
            return Cli.OK;
        }
    }

    @Command(name = "points", description = "The talking points of a visit's pack: printed (derived from the records"
            + " unless edited); --set FILE keeps edited ones (the JSON this command prints with --json); --reset goes"
            + " back to derived ones.")
    static final class Points implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en")
        String lang;

        @Option(names = "--set", paramLabel = "FILE.json")
        Path set;

        @Option(names = "--reset")
        boolean reset;

        @Override
        public Integer call() throws IOException {
            try (Store store = context.cli().openStore()) {
                VisitService visits = new VisitService(store);
                Visit v = visits.get(id);
                if (set != null && reset) {
                    throw new IllegalArgumentException("Give --set or --reset, not both.");
                }
                if (set != null) {
                    v = visits.save(v.withPoints(read(set)));
                } else if (reset) {
                    v = visits.save(v.withPoints(List.of()));
                }
                BriefModel model = new BriefService(store, Clock.systemDefaultZone())
                        .assemble(BriefRequest.forVisit(id, lang, null, null));
                List<Visit.SpeechPoint> shown = new ArrayList<>();
                for (BriefModel.TalkingPoint p : model.talkingPoints()) {
                    shown.add(new Visit.SpeechPoint(p.kind(), p.text(), p.recordIds(), List.of()));
                }
                boolean edited = !v.points().isEmpty();
                context.print(shown, out -> {
                    int n = 0;
                    for (Visit.SpeechPoint p : shown) {
                        out.line((++n) + ". [" + p.kind() + "] " + p.text());
                    }
                    out.line(edited ? "(edited)" : "(derived from the records)");
                });
            }
            return Cli.OK;
        }

        private static List<Visit.SpeechPoint> read(Path file) throws IOException {
            if (Files.size(file) > 1_000_000) {
                throw new IllegalArgumentException(file + " is too large for talking points.");
            }
            try {
                var mapper = ArchiveJson.mapper();
                List<Visit.SpeechPoint> points = mapper.readValue(Files.readString(file, StandardCharsets.UTF_8),
                        mapper.getTypeFactory().constructCollectionType(List.class, Visit.SpeechPoint.class));
                if (points == null || points.isEmpty()) {
                    throw new IllegalArgumentException(file + " holds no talking points; use --reset to go back to"
                            + " the derived ones.");
                }
                return points;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(file + " is not a list of talking points: "
                        + e.getOriginalMessage().lines().findFirst().orElse(""));
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IllegalArgumentException(file + " is not a list of talking points (not UTF-8 text).");
            }
        }
    }

    /** A visit in full, after the line saying what was done ({@code done}, or null). */
    static void describe(Store store, Visit v, String done, Output out) {
        if (done != null) {
            out.line(done);
        }
        out.line("id:          " + v.id());
        out.line("pair:        " + v.provinceId() + " — " + v.partnerId());
        out.line("date:        " + (v.date().known() ? v.date().display() : "not set")
                + (v.time() == null ? "" : " " + v.time()));
        line(out, "venue:       ", v.venue());
        line(out, "purpose:     ", v.purpose());
        line(out, "leader:      ", v.leader() == null ? null : name(store, v.leader()));
        v.members().forEach(m -> line(out, "member:      ", name(store, m)));
        v.hosts().forEach(m -> line(out, "host:        ", name(store, m)));
        // A town's official among ours is taken as a participant, said here (ADR 0028).
        new vn.protocolbrief.service.VisitService(store).participantNotes(v.provinceId(), v.hosts())
                .forEach(n -> out.line(n.getMessage()));
        line(out, "interpreter: ", v.interpreter());
        v.programme().forEach(p -> line(out, "programme:   ", (p.time() == null ? "" : p.time() + " ") + p.item()));
        line(out, "office:      ", v.issuingOffice());
        line(out, "prepared by: ", v.preparedBy());
        line(out, "approved by: ", v.approvedBy());
        out.line("points:      " + (v.points().isEmpty() ? "derived from the records" : v.points().size() + " edited"));
        new vn.protocolbrief.service.VisitOutcomeService(store).meetingOf(v.id())
                .ifPresent(m -> out.line("meeting:     " + m + " (what happened, recorded with visit done)"));
    }

    private static void line(Output out, String label, String value) {
        if (value != null) {
            out.line(label + value);
        }
    }

    private static String name(Store store, Visit.Attendee a) {
        String n = a.name();
        if (a.personId() != null) {
            n = store.reads(r -> r.personsById().get(a.personId())).protocolName();
        }
        return n + (a.title() == null ? "" : ", " + a.title());
    }
}
