package vn.protocolbrief.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.protocolbrief.brief.BriefModel.ChangeItem;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.AidStatus;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Side;

/**
 * What happened after the pair's last meeting, up to the pack: requests whose status changed, commitments kept,
 * declined or gone overdue, agreements signed, posts at the partner that changed hands, aid started or finished.
 * Never that meeting's own outcome (an agreement signed at it, a promise made at it): those are in its record. Each
 * with its date and the source it was recorded from; oldest first.
 */
final class ChangesSince {
    private final PackContext c;
    private final LocalDate today;
    private final Labels labels;
    private final ResourceBundle words;

    ChangesSince(PackContext context, LocalDate today) {
        this.c = context;
        this.today = today;
        this.labels = new Labels(context.lang(), "en".equals(context.lang())
                ? EnglishNameOrder.of(context.h().englishByOriginal(), context.persons().values()) : java.util.Map.of());
        this.words = ResourceBundle.getBundle("vn.protocolbrief.brief.since", "en".equals(context.lang())
                ? Locale.ENGLISH : Locale.ROOT);
    }

    String word(String key, Object... args) {
        String s = words.getString(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", args[i] == null ? "" : args[i].toString());
        }
        return s;
    }

    /** A post in the pack's language: whole English where known, else the Vietnamese marked as the original. */
    private String post(Person p, Position pos) {
        var t = c.items().addressing().title(pos.title(), p.honorific());
        return t.original() ? labels.record(pos.title()) : t.text();
    }

    /** The changes since the latest of {@code withPartner} (newest first); none when the pair never met. */
    List<ChangeItem> build(List<Meeting> withPartner) {
        if (withPartner.isEmpty()) {
            return List.of();
        }
        Meeting last = withPartner.get(0);
        PartialDate since = last.date();
        List<ChangeItem> out = new ArrayList<>();
        for (Meeting m : withPartner) {
            for (Request r : m.requests()) {
                for (FollowUp f : r.followUps()) {
                    if (after(f.date(), since)) {
                        add(out, r.id(), "request", f.date(), word("since.request", labels.get("status."
                                + id(f.status()))) + note(f), r.text(),
                                f.sourceId() != null ? f.sourceId() : r.sourceId());
                    }
                }
            }
        }
        for (Commitment k : c.h().commitments(c.province().id(), c.partner().id())) {
            commitment(out, k, last);
        }
        for (Agreement a : c.h().agreements(c.province().id(), c.partner().id())) {
            // Only what happened after that meeting: an agreement signed at it is that meeting's own (in its record).
            if (!last.id().equals(a.meetingId()) && after(a.signedOn(), since)) {
                add(out, a.id(), "agreement", a.signedOn(), word("since.agreement." + AgreementWords.of(a.status()).key()),
                        a.title(), a.sourceId());
            }
        }
        for (Person p : c.h().personsOfPartner(c.partner().id())) {
            for (Position pos : p.positions()) {
                if (!c.partner().id().equals(pos.partnerId())) {
                    continue;
                }
                if (after(pos.from(), since)) {
                    add(out, p.id(), "post", pos.from(), word("since.post.from", p.protocolName(), post(p, pos)), null,
                            pos.sourceId());
                }
                if (after(pos.to(), since)) {
                    add(out, p.id(), "post", pos.to(), word("since.post.to", p.protocolName(), post(p, pos)), null,
                            pos.sourceId());
                }
            }
        }
        for (AidProject a : c.h().aidProjects(c.province().id(), c.partner().id())) {
            if (a.status() != AidStatus.PROPOSED && after(a.date(), since)) {
                add(out, a.id(), "aid", a.date(), word("since.aid", labels.get("aid." + id(a.status()))), a.title(),
                        a.sourceId());
            }
        }
        out.sort(Comparator.comparing(ChangeItem::date));
        return out;
    }

    private void commitment(List<ChangeItem> out, Commitment k, Meeting last) {
        String side = k.side() == Side.JP ? c.partner().name(c.lang())
                : ("en".equals(c.lang()) ? c.province().nameEn() : c.province().nameVi());
        FollowUp latest = k.followUps().isEmpty() ? null : k.followUps().get(k.followUps().size() - 1);
        if (!k.status().isOpen()) {
            if (latest != null && after(latest.date(), last.date())) {
                add(out, k.id(), "commitment", latest.date(), word(k.status() == RequestStatus.DONE
                        ? "since.commitment.done" : "since.commitment.declined", side)
                        + note(latest), k.text(),
                        latest.sourceId() != null ? latest.sourceId() : k.sourceId());
            }
            return;
        }
        // A deadline that passed after the meeting is a change; a promise made at it and still open is not (it is
        // that meeting's own outcome, told in its record and in the requests ledger).
        LocalDate due = vn.protocolbrief.service.DueService.lastDay(k.due());
        if (due != null && due.isBefore(today) && after(k.due(), last.date())) {
            add(out, k.id(), "commitment", k.due(), word("since.commitment.overdue", side, labels.date(k.due())),
                    k.text(), k.sourceId());
        }
    }

    /**
     * " — the note" after what happened; in an English pack its English rendering, or the Vietnamese original on a
     * line of its own (never inside the English words).
     */
    private String note(FollowUp f) {
        if (f.note() == null) {
            return "";
        }
        if (!"en".equals(c.lang())) {
            return " — " + f.note();
        }
        String en = labels.english(f.note());
        return en != null ? " — " + en : "\n" + labels.record(f.note());
    }

    private void add(List<ChangeItem> out, String recordId, String kind, PartialDate date, String what, String text,
                     String sourceId) {
        c.recordIds().add(recordId);
        out.add(new ChangeItem(kind, date, what, text, c.sources().cite(sourceId)));
    }

    /** Strictly after the last meeting: compared at the coarser of the two precisions (2026 is not after 01/2026). */
    private static boolean after(PartialDate d, PartialDate since) {
        if (!d.known()) {
            return false;
        }
        if (!since.known()) {
            return true;
        }
        String a = d.iso();
        String b = since.iso();
        int n = Math.min(a.length(), b.length());
        int cmp = a.substring(0, n).compareTo(b.substring(0, n));
        return cmp > 0;
    }

    private static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
