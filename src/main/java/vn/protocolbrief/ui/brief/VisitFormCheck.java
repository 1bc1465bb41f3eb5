package vn.protocolbrief.ui.brief;

import static vn.protocolbrief.ui.brief.VisitForm.blank;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.domain.DateInput;
import vn.protocolbrief.domain.DelegationRules;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.VisitService;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SelectedPair;
import vn.protocolbrief.ui.brief.VisitForm.PersonRow;
import vn.protocolbrief.ui.brief.VisitForm.ProgrammeRow;

/**
 * Reads the visit form back into a visit, checking it first: the date and times as the officer may type them, the
 * head of delegation on the partner's side, our hosts in this province's posts, every programme line with an item.
 * A wrong field gets its error in words on the form.
 */
final class VisitFormCheck {
    private static final String TIME = "([01]?\\d|2[0-3])[:hg.]([0-5]\\d)";

    private final Store store;
    private final Messages messages;

    VisitFormCheck(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /**
     * The visit the form describes, or null when a field is wrong (its error is then set, in words). An empty form
     * is a visit with nothing known yet.
     */
    Visit visit(VisitForm form, SelectedPair p) {
        form.clearErrors();
        PartialDate day = PartialDate.UNKNOWN;
        boolean ok = true;
        String date = form.dateProperty().get();
        try {
            day = DateInput.parse(date);
        } catch (IllegalArgumentException e) {
            form.error("date").set(messages.format("composer.error.date", date.strip()));
            ok = false;
        }
        String typedTime = form.timeProperty().get();
        String t = typedTime == null ? "" : typedTime.strip();
        if (!t.isEmpty() && !t.matches(TIME)) {
            form.error("time").set(messages.format("composer.error.time", t));
            ok = false;
        }
        Catalog catalog = new Catalog(store);
        Visit.Attendee head = null;
        String leader = form.leaderProperty().get();
        if (!blank(leader)) {
            try {
                head = attendee(catalog, leader, form.leaderTitleProperty().get());
            } catch (Catalog.AmbiguousNameException e) {
                form.error("leader").set(ambiguous(e));
                return null;
            }
            if (head.personId() != null) {
                var problem = new VisitService(store).checkLeader(head.personId(), p.partnerId(), messages.lang());
                if (problem.isPresent()) {
                    form.error("leader").set(leaderProblem(problem.get()));
                    ok = false;
                }
            }
        }
        List<Visit.ProgrammeItem> lines = new ArrayList<>();
        ok &= programme(form, lines);
        List<Visit.Attendee> ours;
        List<Visit.Attendee> theirs;
        try {
            ours = attendees(catalog, form.hosts());
        } catch (Catalog.AmbiguousNameException e) {
            form.error("hosts").set(ambiguous(e));
            return null;
        }
        try {
            theirs = attendees(catalog, form.members());
        } catch (Catalog.AmbiguousNameException e) {
            form.error("members").set(ambiguous(e));
            return null;
        }
        if (ours.isEmpty()) {
            // Someone of ours receives the guests, as the head of their delegation is one of theirs.
            form.error("hosts").set(messages.get("composer.error.noHost"));
            ok = false;
        }
        var elsewhere = new VisitService(store).checkHosts(p.provinceId(), ours, messages.lang());
        if (!elsewhere.isEmpty()) {
            form.error("hosts").set(elsewhere.stream().map(h -> h.level() != null ? h.refusal().said(messages.lang())
                    : messages.format("composer.error.hostElsewhere", h.person(), h.postProvince(), h.post(),
                    "en".equals(messages.lang()) ? p.province().nameEn() : p.province().nameVi()))
                    .collect(java.util.stream.Collectors.joining("\n")));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        Visit shown = form.visitProperty().get();
        String id = shown != null ? shown.id() : VisitService.newId();
        return new Visit(id, p.provinceId(), p.partnerId(), day, t.isEmpty() ? null : t, form.venueProperty().get(),
                form.purposeProperty().get(), head, theirs, ours,
                form.interpreterProperty().get(), lines, form.officeProperty().get(), form.preparedByProperty().get(),
                form.approvedByProperty().get(), shown == null ? List.of() : shown.points());
    }

    /** The programme's lines into {@code lines}; false (its error set) when one has no item or a wrong time. */
    private boolean programme(VisitForm form, List<Visit.ProgrammeItem> lines) {
        boolean ok = true;
        for (ProgrammeRow r : form.programme()) {
            if (blank(r.item().get()) && blank(r.time().get())) {
                continue;
            }
            if (blank(r.item().get())) {
                form.error("programme").set(messages.get("composer.error.programme"));
                ok = false;
                continue;
            }
            String rt = r.time().get() == null ? "" : r.time().get().strip();
            if (!rt.isEmpty() && !rt.matches(TIME)) {
                form.error("programme").set(messages.format("composer.error.time", rt));
                ok = false;
                continue;
            }
            lines.add(new Visit.ProgrammeItem(rt.isEmpty() ? null : rt.replaceAll("[hg.]", ":"), r.item().get()));
        }
        return ok;
    }

    private String ambiguous(Catalog.AmbiguousNameException e) {
        return messages.format("composer.error.ambiguous", e.name(), String.join(", ", e.candidates()));
    }

    private String leaderProblem(DelegationRules.LeaderProblem problem) {
        return switch (problem.problem()) {
            case VIETNAMESE_SIDE -> messages.format("composer.error.leaderVietnamese", problem.person(), problem.partner());
            case OTHER_PARTNER -> messages.format("composer.error.leaderOther", problem.person(), problem.otherPartner(),
                    problem.partner());
        };
    }

    private static List<Visit.Attendee> attendees(Catalog catalog, List<PersonRow> rows) {
        return rows.stream().filter(r -> !blank(r.name().get()))
                .map(r -> attendee(catalog, r.name().get(), r.title().get())).toList();
    }

    /** One of the store's persons when the name is theirs (any spelling), else the name as typed. */
    static Visit.Attendee attendee(Catalog catalog, String name, String title) {
        String t = blank(title) ? null : title.strip();
        try {
            return new Visit.Attendee(catalog.person(name.strip()).id(), null, t);
        } catch (Catalog.UnknownNameException e) {
            return new Visit.Attendee(null, name.strip(), t);
        }
    }
}
