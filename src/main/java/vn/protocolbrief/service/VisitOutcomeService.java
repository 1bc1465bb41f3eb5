package vn.protocolbrief.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Source;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.domain.UserProblem;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.domain.VisitMeeting;
import vn.protocolbrief.domain.VisitOutcome;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;
import vn.protocolbrief.store.Work;

/**
 * "Visit done": a visit becomes the meeting it was, in one transaction. The visit gives the date, venue, both
 * delegations and the programme; the officer's outcome gives requests, commitments, agreements, gifts and the
 * outcome. The officer's entry is the meeting's source (there is no article), so every fact still cites one.
 * A visit becomes a meeting once.
 */
public final class VisitOutcomeService {
    private final Store store;

    public VisitOutcomeService(Store store) {
        this.store = store;
    }

    /** The meeting a visit became, if it was recorded. */
    public java.util.Optional<String> meetingOf(String visitId) {
        return store.reading(work -> work.commitments().meetingOfVisit(visitId));
    }

    /** Records what happened; returns the new meeting's id. Refuses a visit already recorded, or one with no date. */
    public String record(VisitOutcome outcome, LocalDate today) {
        return store.writing(work -> {
            Visit v = work.visits().find(outcome.visitId())
                    .orElseThrow(() -> new StoreException(UserProblem.Code.NO_VISIT, outcome.visitId()));
            var already = work.commitments().meetingOfVisit(v.id());
            if (already.isPresent()) {
                throw new StoreException(UserProblem.Code.VISIT_ALREADY_RECORDED, v.id(), already.get());
            }
            if (!v.date().known()) {
                throw new StoreException(UserProblem.Code.VISIT_NO_DATE, v.id());
            }
            Province province = work.provinces().stream().filter(p -> p.id().equals(v.provinceId()))
                    .findFirst().orElseThrow(() -> new StoreException(UserProblem.Code.UNKNOWN_PROVINCE, v.provinceId()));
            String meetingId = freeMeetingId(work, "m-" + v.date().iso() + "-" + v.provinceId() + "-" + v.partnerId());
            Source source = source(v, outcome, meetingId, province, today);
            List<Person> newPersons = new ArrayList<>();
            List<Participant> participants = participants(work, v, newPersons, source.id());
            List<Request> requests = new ArrayList<>();
            for (VisitOutcome.Asked a : outcome.requests()) {
                requests.add(new Request(meetingId + "-r" + (requests.size() + 1), a.direction(),
                        a.categories().isEmpty() ? List.of("other") : a.categories(), a.text(), RequestStatus.OPEN, null,
                        source.id(), List.of(), a.due()));
            }
            List<Gift> gifts = new ArrayList<>();
            for (VisitOutcome.Given g : outcome.gifts()) {
                gifts.add(new Gift(meetingId + "-g" + (gifts.size() + 1), g.item(), g.direction(), null, null, null,
                        null, source.id()));
            }
            Meeting meeting = new Meeting(meetingId, v.date(), v.provinceId(), province.nameVi(), v.venue(),
                    v.partnerId(), v.purpose(), programme(v), outcome.outcome(), List.of(source.id()), participants,
                    requests, gifts);
            List<Agreement> agreements = new ArrayList<>();
            for (String title : outcome.agreements()) {
                agreements.add(new Agreement(meetingId + "-a" + (agreements.size() + 1), meetingId, v.provinceId(),
                        province.nameVi(), v.partnerId(), "agreement", title, v.date(), null, null, "signed",
                        source.id()));
            }
            List<Commitment> promised = new ArrayList<>();
            for (VisitOutcome.Promise p : outcome.commitments()) {
                promised.add(new Commitment(meetingId + "-c" + (promised.size() + 1), meetingId, p.side(), p.text(),
                        p.due(), p.followedBy(), RequestStatus.OPEN, source.id(), List.of()));
            }
            Archive archive = new Archive(Archive.FORMAT, List.of(), newPersons, List.of(source), List.of(meeting),
                    agreements, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    // The officer typed this meeting: it needs no review.
                    List.of(MeetingReviews.review(meetingId, work.actor().name())), promised,
                    List.of(new VisitMeeting(v.id(), meetingId)));
            // Everything this writes is one change: undo takes back the meeting with its agreements and commitments,
            // the officer's entry as its source and the people first named here, and the visit's link to it.
            List<Work.Ref> written = new ArrayList<>(List.of(new Work.Ref("meeting", meetingId),
                    new Work.Ref("visit", v.id()), new Work.Ref("source", source.id())));
            newPersons.forEach(p -> written.add(new Work.Ref("person", p.id())));
            var change = work.changing(written);
            work.importArchive(archive);
            change.record("create", "meeting", meetingId, RecordService.label(meeting));
            return meetingId;
        });
    }

    private static String freeMeetingId(Work work, String base) {
        Set<String> taken = new HashSet<>(work.meetings().idsStartingWith(base));
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    /** The programme as it was planned: the meeting's summary (the meeting record has no programme of its own). */
    private static String programme(Visit v) {
        if (v.programme().isEmpty()) {
            return null;
        }
        List<String> lines = v.programme().stream().map(p -> (p.time() == null ? "" : p.time() + " ") + p.item()).toList();
        return "Chương trình: " + String.join("; ", lines) + ".";
    }

    /** The officer's own record of the visit, as a source: what was entered, word for word. */
    private static Source source(Visit v, VisitOutcome o, String meetingId, Province province, LocalDate today) {
        StringBuilder text = new StringBuilder("Ghi nhận kết quả chuyến thăm " + v.id() + " (" + v.date().display()
                + "), " + province.nameVi() + ".\n");
        o.requests().forEach(r -> text.append("Đề nghị ").append(r.side()).append(": ").append(r.text())
                .append(r.due().known() ? " (hạn trả lời " + r.due().display() + ")" : "").append('\n'));
        o.commitments().forEach(c -> text.append("Cam kết ").append(c.side()).append(": ").append(c.text())
                .append(c.due().known() ? " (hạn " + c.due().display() + ")" : "")
                .append(c.followedBy() == null ? "" : " — theo dõi: " + c.followedBy()).append('\n'));
        o.agreements().forEach(a -> text.append("Ký kết: ").append(a).append('\n'));
        o.gifts().forEach(g -> text.append("Quà tặng ").append(g.side()).append(": ").append(g.item()).append('\n'));
        if (o.outcome() != null) {
            text.append("Kết quả: ").append(o.outcome()).append('\n');
        }
        return new Source("src-" + meetingId, v.issuingOffice(), null, PartialDate.of(today.toString()),
                "Ghi nhận kết quả buổi làm việc ngày " + v.date().display(), text.toString().strip());
    }

    private static List<Participant> participants(Work work, Visit v, List<Person> created, String sourceId) {
        List<Person> existing = work.persons().all();
        List<Participant> out = new ArrayList<>();
        if (v.leader() != null) {
            out.add(new Participant(person(v.leader(), Side.JP, v, existing, created, sourceId), Side.JP,
                    ParticipantRole.LEADER, v.leader().title()));
        }
        for (Visit.Attendee a : v.members()) {
            out.add(new Participant(person(a, Side.JP, v, existing, created, sourceId), Side.JP,
                    ParticipantRole.MEMBER, a.title()));
        }
        for (int i = 0; i < v.hosts().size(); i++) {
            Visit.Attendee a = v.hosts().get(i);
            out.add(new Participant(person(a, Side.VN, v, existing, created, sourceId), Side.VN,
                    i == 0 ? ParticipantRole.HOST : ParticipantRole.PARTICIPANT, a.title()));
        }
        return out;
    }

    /** The stored person, or a new one for a name typed for the visit (family name first, as the visit has it). */
    private static String person(Visit.Attendee a, Side side, Visit v, List<Person> existing, List<Person> created,
                                 String sourceId) {
        if (a.personId() != null) {
            return a.personId();
        }
        String[] parts = a.name().strip().split("\\s+", 2);
        String base = Text.key(a.name()).replace(' ', '-');
        Set<String> taken = new HashSet<>();
        existing.forEach(p -> taken.add(p.id()));
        created.forEach(p -> taken.add(p.id()));
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        List<Position> posts = a.title() == null ? List.of() : List.of(new Position(id + "#0", a.title(), null,
                side == Side.JP ? v.partnerId() : null, side == Side.VN ? v.provinceId() : null, null, null, sourceId));
        created.add(new Person(id, parts[0], parts.length > 1 ? parts[1] : null, null,
                side == Side.JP ? Nationality.JP : Nationality.VN, side == Side.JP ? "Ngài" : "đồng chí", null, posts));
        return id;
    }
}
