package vn.protocolbrief.cli;

import java.util.List;
import picocli.CommandLine.Option;
import vn.protocolbrief.domain.DateInput;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.Store;

/** The fields of a visit, shared by add and edit; in edit, only those given change. */
final class VisitFields {
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
        englishProgramme(v);
        return v;
    }

    /** Each --programme-en as the ordinal of the item it names and its English; refuses one that names none. */
    private java.util.Map<Integer, String> englishProgramme(Visit v) {
        java.util.Map<Integer, String> items = new java.util.LinkedHashMap<>();
        for (String p : programmeEn == null ? List.<String>of() : programmeEn) {
            int eq = p.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--programme-en takes HH:MM=TEXT or N=TEXT, not '" + p + "'.");
            }
            items.put(programmeItem(v, p.substring(0, eq).strip()), p.substring(eq + 1));
        }
        return items;
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
        englishProgramme(v).forEach((ordinal, english) ->
                service.set(vn.protocolbrief.domain.EnglishRendering.VISIT_PROGRAMME, v.id(), ordinal, english));
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
                programme != null ? programme.stream().filter(p -> !p.isBlank()).map(VisitFields::line).toList()
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
