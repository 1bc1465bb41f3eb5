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
import vn.protocolbrief.domain.DateInput;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Person;
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

    /** The fields of a visit, shared by add and edit; in edit, only those given change. */
    static final class Fields {
        @Option(names = "--province", paramLabel = "P", description = "The receiving province, new or old name.")
        String province;

        @Option(names = "--partner", paramLabel = "X", description = "The visiting partner.")
        String partner;

        @Option(names = "--date", paramLabel = "DATE", description = "03/12/2026 (day first), 12/2026, 2026 or"
                + " 2026-12-03.")
        String date;

        @Option(names = "--time", paramLabel = "HH:MM", description = "Time of the meeting, 09:30.")
        String time;

        @Option(names = "--venue", paramLabel = "TEXT")
        String venue;

        @Option(names = "--purpose", paramLabel = "TEXT")
        String purpose;

        @Option(names = "--leader", paramLabel = "NAME[=TITLE]", description = "Head of the delegation: a person in"
                + " the store (any spelling), or a name and title typed for this visit. Must be of the partner's side.")
        String leader;

        @Option(names = "--member", paramLabel = "NAME[=TITLE]", description = "A member of the delegation (repeat).")
        List<String> members;

        @Option(names = "--host", paramLabel = "NAME[=TITLE]", description = "One of our participants (repeat); the"
                + " first chairs the meeting.")
        List<String> hosts;

        @Option(names = "--interpreter", paramLabel = "NAME")
        String interpreter;

        @Option(names = "--programme", paramLabel = "[HH:MM ]TEXT", description = "A line of the programme (repeat).")
        List<String> programme;

        @Option(names = "--office", paramLabel = "TEXT", description = "The issuing office, printed on the cover.")
        String office;

        @Option(names = "--prepared-by", paramLabel = "NAME")
        String preparedBy;

        @Option(names = "--approved-by", paramLabel = "NAME")
        String approvedBy;

        @Option(names = "--venue-en", paramLabel = "TEXT", description = "The venue in English, for an English pack"
                + " (empty: removed, the pack's phrasebook is used again).")
        String venueEn;

        @Option(names = "--purpose-en", paramLabel = "TEXT", description = "The purpose in English.")
        String purposeEn;

        @Option(names = "--office-en", paramLabel = "TEXT", description = "The issuing office in English.")
        String officeEn;

        @Option(names = "--programme-en", paramLabel = "HH:MM=TEXT|N=TEXT", description = "A programme item in"
                + " English, named by its time or its number from 1 (repeat; empty TEXT removes it).")
        List<String> programmeEn;

        /** Refuses, before anything is saved, an English programme item that names no item of {@code v}. */
        Visit checked(Visit v) {
            for (String p : programmeEn == null ? List.<String>of() : programmeEn) {
                int eq = p.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("--programme-en takes HH:MM=TEXT or N=TEXT, not '" + p + "'.");
                }
                programmeItem(v, p.substring(0, eq).strip());
            }
            return v;
        }

        /** The officer's English of the saved visit's texts, kept as English renderings (issue 19). */
        void english(Store store, Visit v) {
            var service = new vn.protocolbrief.service.EnglishRenderingService(store);
            if (venueEn != null) {
                service.set(vn.protocolbrief.domain.EnglishRendering.VISIT_VENUE, v.id(), 0, venueEn);
            }
            if (purposeEn != null) {
                service.set(vn.protocolbrief.domain.EnglishRendering.VISIT_PURPOSE, v.id(), 0, purposeEn);
            }
            if (officeEn != null) {
                service.set(vn.protocolbrief.domain.EnglishRendering.VISIT_OFFICE, v.id(), 0, officeEn);
            }
            for (String p : programmeEn == null ? List.<String>of() : programmeEn) {
                int eq = p.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("--programme-en takes HH:MM=TEXT or N=TEXT, not '" + p + "'.");
                }
                service.set(vn.protocolbrief.domain.EnglishRendering.VISIT_PROGRAMME, v.id(),
                        programmeItem(v, p.substring(0, eq).strip()), p.substring(eq + 1));
            }
        }

        /** The ordinal (from 0) of the programme item named by its time ("09:30", "9h30") or its number from 1. */
        static int programmeItem(Visit v, String which) {
            if (which.matches("\\d{1,3}")) {
                int n = Integer.parseInt(which);
                if (n < 1 || n > v.programme().size()) {
                    throw new IllegalArgumentException("The visit's programme has " + v.programme().size()
                            + " items; there is no item " + n + ".");
                }
                return n - 1;
            }
            String time = which.replaceAll("[hg.]", ":");
            time = time.matches("\\d:\\d{2}") ? "0" + time : time;
            java.util.List<Integer> found = new java.util.ArrayList<>();
            for (int i = 0; i < v.programme().size(); i++) {
                String t = v.programme().get(i).time();
                if (t != null && (t.matches("\\d:\\d{2}") ? "0" + t : t).equals(time)) {
                    found.add(i);
                }
            }
            if (found.size() != 1) {
                throw new IllegalArgumentException(found.isEmpty() ? "No programme item at " + which + "."
                        : "Several programme items at " + which + ": name the item by its number.");
            }
            return found.get(0);
        }

        Visit apply(Visit base, Catalog catalog, String id) {
            String provinceId = province != null ? catalog.province(province).province().id()
                    : base == null ? null : base.provinceId();
            String partnerId = partner != null ? catalog.partner(partner).id() : base == null ? null : base.partnerId();
            if (provinceId == null || partnerId == null) {
                throw new IllegalArgumentException("A visit needs --province and --partner.");
            }
            PartialDate d = date != null ? DateInput.parse(date) : base == null ? PartialDate.UNKNOWN : base.date();
            return new Visit(id, provinceId, partnerId, d,
                    time != null ? time : base == null ? null : base.time(),
                    venue != null ? venue : base == null ? null : base.venue(),
                    purpose != null ? purpose : base == null ? null : base.purpose(),
                    leader != null ? (leader.isBlank() ? null : attendee(leader, catalog))
                            : base == null ? null : base.leader(),
                    members != null ? attendees(members, catalog) : base == null ? List.of() : base.members(),
                    hosts != null ? attendees(hosts, catalog) : base == null ? List.of() : base.hosts(),
                    interpreter != null ? interpreter : base == null ? null : base.interpreter(),
                    programme != null ? programme.stream().filter(p -> !p.isBlank()).map(Fields::line).toList()
                            : base == null ? List.of() : base.programme(),
                    office != null ? office : base == null ? null : base.issuingOffice(),
                    preparedBy != null ? preparedBy : base == null ? null : base.preparedBy(),
                    approvedBy != null ? approvedBy : base == null ? null : base.approvedBy(),
                    base == null ? List.of() : base.points());
        }

        private static List<Visit.Attendee> attendees(List<String> values, Catalog catalog) {
            return values.stream().filter(v -> !v.isBlank()).map(v -> attendee(v, catalog)).toList();
        }

        /**
         * "Ito Naoki" (a stored person), "Ito Naoki=Đại sứ" (with the title to print), "Tanaka Jiro=Phó Thị trưởng";
         * "Murai" finds the one stored person of that family name, and several of that name are refused with theirs.
         */
        static Visit.Attendee attendee(String value, Catalog catalog) {
            int eq = value.indexOf('=');
            String name = (eq < 0 ? value : value.substring(0, eq)).strip();
            String title = eq < 0 ? null : value.substring(eq + 1).strip();
            try {
                Person p = catalog.person(name);
                return new Visit.Attendee(p.id(), null, title);
            } catch (Catalog.UnknownNameException e) {
                return new Visit.Attendee(null, name, title);
            }
        }

        private static Visit.ProgrammeItem line(String s) {
            var m = java.util.regex.Pattern.compile("^(\\d{1,2}[:hg.]\\d{2})\\s*[-–—:]?\\s*(.+)$").matcher(s.strip());
            return m.matches() ? new Visit.ProgrammeItem(m.group(1).replaceAll("[hg.]", ":"), m.group(2))
                    : new Visit.ProgrammeItem(null, s.strip());
        }
    }

    @Command(name = "add", description = "Record a coming visit; prints its id.")
    static final class Add implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Mixin
        Fields fields;

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
        Fields fields;

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
