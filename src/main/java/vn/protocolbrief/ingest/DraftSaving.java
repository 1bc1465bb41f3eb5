package vn.protocolbrief.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.LearnedWord;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.RequestThreads;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Source;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.PersonRef;
import vn.protocolbrief.ingest.ImportService.Notes;
import vn.protocolbrief.ingest.ImportService.Saved;
import vn.protocolbrief.service.MeetingReviews;
import vn.protocolbrief.store.ImportRecords;

/**
 * One draft into the store, inside the transaction {@link ImportService} opens: the same article twice is refused,
 * a stored meeting the draft describes is offered as a merge (or merged into when asked), else a new meeting is
 * saved with its people, partner, requests, gifts, the records it adds ({@link AddedRecords}), the corrections
 * learned from review and, when someone reviewed it, the review mark.
 */
final class DraftSaving {
    private final ImportRecords.Reference reference;

    /** {@code reference}: the names the store holds now, to find a partner under another of its names. */
    DraftSaving(ImportRecords.Reference reference) {
        this.reference = reference;
    }

    /** The source's id: the article's text (a hand-entered meeting with no text gets a source of its own). */
    static String sourceId(Draft d) {
        // A hand-entered meeting may have no text: its source is then its own (never "the same article twice").
        return "src-" + hash(d.source().text().isBlank() ? java.util.UUID.randomUUID().toString()
                : d.source().text()).substring(0, 16);
    }

    Saved saveIn(ImportRecords.Transaction tx, Draft d, Draft proposed, boolean merge, String sourceId,
                 String reviewedBy, Notes notes) {
        Optional<String> already = tx.meetingOfSource(sourceId);
        if (already.isPresent()) {
            return new Saved("duplicate", already.get(), "This article is already stored with meeting " + already.get()
                    + "; nothing was changed.", List.of());
        }
        PartialDate date = PartialDate.of(d.date());
        List<Partner> newPartners = new ArrayList<>();
        String partnerId = d.partner().id() != null ? d.partner().id() : newPartner(d.partner(), newPartners);
        List<Person> existingPersons = tx.persons();
        List<Person> newPersons = new ArrayList<>();
        Source source = new Source(sourceId, d.source().publication(), d.source().url(), PartialDate.of(d.source().published()),
                TitlesAndSummary.sourceTitle(d), d.source().text());
        List<Participant> participants = new ArrayList<>();
        // A gift's giver or receiver named as one of the meeting's people is that person.
        Map<String, String> personByName = new HashMap<>();
        if (d.leader() != null) {
            participants.add(new Participant(PersonMatching.personId(d.leader(), existingPersons, newPersons, partnerId, d, sourceId),
                    Side.JP, ParticipantRole.LEADER, d.leader().title()));
            personByName.putIfAbsent(Text.key(d.leader().name()), participants.get(participants.size() - 1).personId());
        }
        for (PersonRef m : d.members()) {
            participants.add(new Participant(PersonMatching.personId(m, existingPersons, newPersons, partnerId, d, sourceId), Side.JP,
                    ParticipantRole.MEMBER, m.title()));
            personByName.putIfAbsent(Text.key(m.name()), participants.get(participants.size() - 1).personId());
        }
        for (int i = 0; i < d.hosts().size(); i++) {
            PersonRef h = d.hosts().get(i);
            participants.add(new Participant(PersonMatching.personId(h, existingPersons, newPersons, null, d, sourceId), Side.VN,
                    ourRole(h, i), h.title()));
            personByName.putIfAbsent(Text.key(h.name()), participants.get(participants.size() - 1).personId());
        }
        Optional<Meeting> same = sameMeeting(tx, d.province().id(), partnerId, date, participants,
                PartialDate.of(d.source().published()));
        if (same.isPresent() && !merge) {
            return new Saved("merge_offered", same.get().id(), "Meeting " + same.get().id() + " (" + same.get().title()
                    + ") looks like the same meeting; import again with --merge to add this article to it.", List.of());
        }
        String meetingId = same.map(Meeting::id).orElseGet(() -> newMeetingId(tx, d, partnerId, date));
        List<Request> requests = new ArrayList<>();
        int n = 0;
        for (var r : d.requests()) {
            requests.add(new Request(meetingId + "-r" + sourceId.substring(4, 10) + "-" + (++n),
                    Direction.valueOf(r.direction().toUpperCase(Locale.ROOT)), r.categories(), r.text(), RequestStatus.OPEN,
                    null, sourceId, List.of()));
        }
        List<Gift> gifts = new ArrayList<>();
        for (var g : d.gifts()) {
            gifts.add(new Gift(meetingId + "-g" + sourceId.substring(4, 10) + "-" + (gifts.size() + 1), g.item(),
                    Direction.valueOf(g.direction().toUpperCase(Locale.ROOT)), personOf(personByName, g.giver()), g.giver(),
                    personOf(personByName, g.receiver()), g.receiver(), sourceId));
        }
        Meeting meeting = same.map(m -> merged(m, sourceId, participants, requests, gifts, notes))
                .orElseGet(() -> new Meeting(meetingId, date, d.province().id(), d.provinceAsWritten(), d.venue(), partnerId,
                        TitlesAndSummary.meetingTitle(d),
                        blank(notes.summary()) ? TitlesAndSummary.summary(d) : notes.summary().strip(),
                        blank(notes.outcome()) ? null : notes.outcome().strip(), List.of(sourceId), participants,
                        requests, gifts));
        ImportRecords.PairRecords held = same.isPresent() ? tx.pair(d.province().id(), partnerId)
                : new ImportRecords.PairRecords(List.of(), List.of(), List.of(), List.of());
        List<LearnedWord> learned = proposed == null ? List.of() : ReviewLearning.learned(d, proposed, partnerId);
        Archive archive = new Archive(Archive.FORMAT, newPartners, newPersons, List.of(source), List.of(meeting),
                AddedRecords.agreements(d, meetingId, partnerId, sourceId, date, held),
                AddedRecords.aid(d, meetingId, partnerId, sourceId, held),
                AddedRecords.figures(d, sourceId, date, held), AddedRecords.links(d, sourceId, held), List.of(), learned,
                null,
                reviewedBy == null || same.isPresent() && tx.review(meetingId).isEmpty() ? List.of()
                        : List.of(MeetingReviews.review(meetingId, reviewedBy)),
                AddedRecords.commitments(d, meetingId, sourceId, same.isPresent() ? tx.commitments(meetingId) : List.of()),
                List.of()).withThanks(AddedRecords.thanks(d, meetingId, sourceId,
                same.isPresent() ? tx.thanks(meetingId) : List.of()));
        tx.save(archive);
        return new Saved(same.isPresent() ? "merged" : "saved", meetingId, (same.isPresent() ? "Added to meeting "
                : "Saved as meeting ") + meetingId + ".", learned);
    }

    /**
     * The stored meeting this draft describes: same province, partner and date; or, for an undated article,
     * one with the same Japanese leader that is undated too or dated in the year the article appeared.
     */
    private static Optional<Meeting> sameMeeting(ImportRecords.Transaction tx, String provinceId, String partnerId,
                                                 PartialDate date, List<Participant> who, PartialDate published) {
        Set<String> people = new HashSet<>();
        who.stream().filter(p -> p.side() == Side.JP).forEach(p -> people.add(p.personId()));
        return tx.history(provinceId, partnerId).stream()
                .filter(m -> date.known() ? date.equals(m.date())
                        : m.participants().stream().anyMatch(p -> people.contains(p.personId()))
                        && (!m.date().known() || published.known() && m.date().yearValue().equals(published.yearValue())))
                .findFirst();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String personOf(Map<String, String> personByName, String name) {
        return blank(name) ? null : personByName.get(Text.key(name));
    }

    private static Meeting merged(Meeting m, String sourceId, List<Participant> participants, List<Request> requests,
                                  List<Gift> gifts, Notes notes) {
        List<String> sources = new ArrayList<>(m.sourceIds());
        sources.add(sourceId);
        List<Participant> who = new ArrayList<>(m.participants());
        participants.stream().filter(p -> who.stream().noneMatch(o -> o.personId().equals(p.personId()))).forEach(who::add);
        List<Request> asks = new ArrayList<>(m.requests());
        requests.stream().filter(r -> asks.stream().noneMatch(o -> o.direction() == r.direction()
                        && RequestThreads.similar(o.text(), r.text())))
                .forEach(asks::add);
        List<Gift> given = new ArrayList<>(m.gifts());
        gifts.stream().filter(g -> given.stream().noneMatch(o -> Text.key(o.item()).equals(Text.key(g.item()))))
                .forEach(given::add);
        // The meeting's own summary and outcome stay; the officer's fill only what it lacks.
        return new Meeting(m.id(), m.date(), m.provinceId(), m.provinceAsWritten(), m.venue(), m.partnerId(), m.title(),
                blank(m.summary()) && !blank(notes.summary()) ? notes.summary().strip() : m.summary(),
                blank(m.outcome()) && !blank(notes.outcome()) ? notes.outcome().strip() : m.outcome(),
                sources, who, asks, given);
    }

    /** A partner the store does not have yet, unless it has it under another of its names. */
    private String newPartner(Draft.PartnerRef p, List<Partner> created) {
        Optional<Partner> known = reference.partners().resolve(p.name())
                .filter(x -> x.kind().id().equals(p.kind()));
        if (known.isEmpty() && p.nameEn() != null) {
            known = reference.partners().resolve(p.nameEn()).filter(x -> x.kind().id().equals(p.kind()));
        }
        if (known.isPresent()) {
            return known.get().id();
        }
        String slug = "jp-" + Text.key(p.name()).replace(' ', '-');
        String en = p.nameEn() != null ? p.nameEn()
                : p.name().startsWith("Thành phố ") ? p.name().substring("Thành phố ".length()) + " City" : p.name();
        List<String> aliases = new ArrayList<>();
        aliases.add(p.name().replaceFirst("^Thành phố ", ""));
        if (p.asWritten() != null && !Text.key(p.asWritten()).equals(Text.key(p.name()))) {
            aliases.add(p.asWritten());
        }
        created.add(new Partner(slug, PartnerKind.fromId(p.kind()), p.name(), en, null, p.prefectureCode(),
                "Added by the article importer", aliases));
        return slug;
    }

    private static String newMeetingId(ImportRecords.Transaction tx, Draft d, String partnerId, PartialDate date) {
        String base = "m-" + (date.known() ? date.iso() : "undated") + "-" + d.province().id() + "-" + partnerId;
        Set<String> taken = tx.meetingIdsStartingWith(base);
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    /**
     * Our side's role as the importer read it: the head of our delegation abroad ("leader"), its members, the host,
     * anyone else present ("participant"). A draft that says none (an older one): the first is the host, the others'
     * role is not recorded.
     */
    static ParticipantRole ourRole(PersonRef h, int index) {
        if (h.role() != null) {
            return switch (h.role()) {
                case "leader" -> ParticipantRole.LEADER;
                case "member" -> ParticipantRole.MEMBER;
                case "host" -> ParticipantRole.HOST;
                case "participant" -> ParticipantRole.PARTICIPANT;
                default -> ParticipantRole.ATTENDEE;
            };
        }
        return index == 0 ? ParticipantRole.HOST : ParticipantRole.ATTENDEE;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Text.nfc(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
