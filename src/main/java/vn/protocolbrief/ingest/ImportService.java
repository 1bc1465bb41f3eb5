package vn.protocolbrief.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.AidStatus;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.KeyFigure;
import vn.protocolbrief.domain.LocalityLink;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Nationality;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Source;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.PersonRef;
import vn.protocolbrief.store.ArchiveService;
import vn.protocolbrief.store.Repositories;
import vn.protocolbrief.store.Store;

/**
 * From article to draft, and from a reviewed draft to stored records: the meeting with its source (the
 * article text), people, partner, requests, agreements, aid, gifts and figures, in one transaction.
 * The same article twice is recognised by its text; a second article about a stored meeting is offered
 * as a merge.
 */
public final class ImportService {
    private final Store store;
    private final Repositories repos = new Repositories();
    private final DraftExtractor extractor;

    public ImportService(Store store) {
        this.store = store;
        this.extractor = store.read(h -> new DraftExtractor(repos.reference().provinceResolver(h),
                repos.reference().provinceAliases(h), repos.partners().resolver(h), repos.reference().prefectures(h),
                Vocabulary.EMPTY));
    }

    public Draft draft(ArticleText article) {
        return extractor.extract(article);
    }

    /** What saving did. */
    public record Saved(String status, String meetingId, String message) {
    }

    public Saved save(Draft d, boolean merge) {
        if (d.province() == null) {
            throw new ImportException(ImportException.Problem.NO_PROVINCE);
        }
        if (d.partner() == null || d.partner().id() == null && (d.partner().name() == null || d.partner().name().isBlank())) {
            throw new ImportException(ImportException.Problem.NO_PARTNER_CHOSEN);
        }
        String sourceId = "src-" + hash(d.source().text()).substring(0, 16);
        Optional<String> already = store.read(h -> h.createQuery("SELECT meeting_id FROM meeting_source WHERE source_id = ?")
                .bind(0, sourceId).mapTo(String.class).findFirst());
        if (already.isPresent()) {
            return new Saved("duplicate", already.get(), "This article is already stored with meeting " + already.get()
                    + "; nothing was changed.");
        }
        PartialDate date = PartialDate.of(d.date());
        List<Partner> newPartners = new ArrayList<>();
        String partnerId = d.partner().id() != null ? d.partner().id() : newPartner(d.partner(), newPartners);
        List<Person> existingPersons = store.read(repos.persons()::all);
        List<Person> newPersons = new ArrayList<>();
        Source source = new Source(sourceId, d.source().publication(), d.source().url(), PartialDate.of(d.source().published()),
                d.source().title(), d.source().text());
        List<Participant> participants = new ArrayList<>();
        if (d.leader() != null) {
            participants.add(new Participant(person(d.leader(), existingPersons, newPersons, partnerId, d, sourceId),
                    Side.JP, ParticipantRole.LEADER, d.leader().title()));
        }
        for (PersonRef m : d.members()) {
            participants.add(new Participant(person(m, existingPersons, newPersons, partnerId, d, sourceId), Side.JP,
                    ParticipantRole.MEMBER, m.title()));
        }
        for (int i = 0; i < d.hosts().size(); i++) {
            PersonRef h = d.hosts().get(i);
            participants.add(new Participant(person(h, existingPersons, newPersons, null, d, sourceId), Side.VN,
                    i == 0 ? ParticipantRole.HOST : ParticipantRole.ATTENDEE, h.title()));
        }
        Optional<Meeting> same = sameMeeting(d.province().id(), partnerId, date, participants,
                PartialDate.of(d.source().published()));
        if (same.isPresent() && !merge) {
            return new Saved("merge_offered", same.get().id(), "Meeting " + same.get().id() + " (" + same.get().title()
                    + ") looks like the same meeting; import again with --merge to add this article to it.");
        }
        String meetingId = same.map(Meeting::id).orElseGet(() -> newMeetingId(d, partnerId, date));
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
                    Direction.valueOf(g.direction().toUpperCase(Locale.ROOT)), null, g.giver(), null, g.receiver(), sourceId));
        }
        Meeting meeting = same.map(m -> merged(m, sourceId, participants, requests, gifts))
                .orElseGet(() -> new Meeting(meetingId, date, d.province().id(), d.provinceAsWritten(), d.venue(), partnerId,
                        d.source().title(), summary(d), null, List.of(sourceId), participants, requests, gifts));
        Archive archive = new Archive(Archive.FORMAT, newPartners, newPersons, List.of(source), List.of(meeting),
                agreements(d, meetingId, partnerId, sourceId, date), aid(d, meetingId, partnerId, sourceId, date),
                figures(d, sourceId, date), links(d, sourceId), List.of());
        new ArchiveService(store).importArchive(archive);
        return new Saved(same.isPresent() ? "merged" : "saved", meetingId, (same.isPresent() ? "Added to meeting "
                : "Saved as meeting ") + meetingId + ".");
    }

    /**
     * The stored meeting this draft describes: same province, partner and date; or, for an undated article,
     * one with the same Japanese leader that is undated too or dated in the year the article appeared.
     */
    private Optional<Meeting> sameMeeting(String provinceId, String partnerId, PartialDate date, List<Participant> who,
                                          PartialDate published) {
        Set<String> people = new HashSet<>();
        who.stream().filter(p -> p.side() == Side.JP).forEach(p -> people.add(p.personId()));
        return store.read(h -> repos.meetings().history(h, provinceId, partnerId)).stream()
                .filter(m -> date.known() ? date.equals(m.date())
                        : m.participants().stream().anyMatch(p -> people.contains(p.personId()))
                        && (!m.date().known() || published.known() && m.date().yearValue().equals(published.yearValue())))
                .findFirst();
    }

    private static Meeting merged(Meeting m, String sourceId, List<Participant> participants, List<Request> requests,
                                  List<Gift> gifts) {
        List<String> sources = new ArrayList<>(m.sourceIds());
        sources.add(sourceId);
        List<Participant> who = new ArrayList<>(m.participants());
        participants.stream().filter(p -> who.stream().noneMatch(o -> o.personId().equals(p.personId()))).forEach(who::add);
        List<Request> asks = new ArrayList<>(m.requests());
        requests.stream().filter(r -> asks.stream().noneMatch(o -> o.direction() == r.direction()
                        && vn.protocolbrief.domain.RequestThreads.similar(o.text(), r.text())))
                .forEach(asks::add);
        List<Gift> given = new ArrayList<>(m.gifts());
        gifts.stream().filter(g -> given.stream().noneMatch(o -> Text.key(o.item()).equals(Text.key(g.item()))))
                .forEach(given::add);
        return new Meeting(m.id(), m.date(), m.provinceId(), m.provinceAsWritten(), m.venue(), m.partnerId(), m.title(),
                m.summary(), m.outcome(), sources, who, asks, given);
    }

    private String newPartner(Draft.PartnerRef p, List<Partner> created) {
        String slug = "jp-" + Text.key(p.name()).replace(' ', '-');
        String en = p.nameEn() != null ? p.nameEn()
                : p.name().startsWith("Thành phố ") ? p.name().substring("Thành phố ".length()) + " City" : p.name();
        created.add(new Partner(slug, PartnerKind.fromId(p.kind()), p.name(), en, null, p.prefectureCode(),
                "Added by the article importer", List.of(p.name().replaceFirst("^Thành phố ", ""))));
        return slug;
    }

    private String person(PersonRef ref, List<Person> existing, List<Person> created, String partnerId, Draft d,
                          String sourceId) {
        String a = Text.key(ref.familyName() + " " + ref.givenName());
        String b = Text.key(ref.givenName() + " " + ref.familyName());
        for (Person p : existing) {
            String k = Text.key(p.familyName() + " " + (p.givenName() == null ? "" : p.givenName()));
            if (k.equals(a) || k.equals(b)) {
                return p.id();
            }
        }
        for (Person p : created) {
            String k = Text.key(p.familyName() + " " + p.givenName());
            if (k.equals(a) || k.equals(b)) {
                return p.id();
            }
        }
        String id = a.replace(' ', '-');
        Set<String> taken = new HashSet<>();
        existing.forEach(p -> taken.add(p.id()));
        created.forEach(p -> taken.add(p.id()));
        String unique = id;
        for (int i = 2; taken.contains(unique); i++) {
            unique = id + "-" + i;
        }
        List<Position> positions = ref.title() == null ? List.of() : List.of(new Position(unique + "#0", ref.title(),
                "jp".equals(ref.side()) ? d.partner().name() : null, partnerId, "vn".equals(ref.side())
                ? d.province().id() : null, null, null, sourceId));
        created.add(new Person(unique, ref.familyName(), ref.givenName(), null, "jp".equals(ref.side()) ? Nationality.JP
                : Nationality.VN, "jp".equals(ref.side()) ? "Ngài" : "đồng chí", null, positions));
        return unique;
    }

    private String newMeetingId(Draft d, String partnerId, PartialDate date) {
        String base = "m-" + (date.known() ? date.iso() : "undated") + "-" + d.province().id() + "-" + partnerId;
        Set<String> taken = new HashSet<>(store.read(h -> h.createQuery("SELECT id FROM meeting WHERE id LIKE ?")
                .bind(0, base + "%").mapTo(String.class).list()));
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    private static String summary(Draft d) {
        List<String> p = List.of(d.source().text().split("\n\n|\n"));
        String first = p.stream().filter(x -> x.length() > 120).findFirst().orElse(p.get(0));
        return first.length() > 700 ? first.substring(0, 700) + "…" : first;
    }

    private static List<Agreement> agreements(Draft d, String meetingId, String partnerId, String sourceId, PartialDate date) {
        List<Agreement> out = new ArrayList<>();
        for (var a : d.agreements()) {
            out.add(new Agreement(meetingId + "-a" + (out.size() + 1) + "-" + sourceId.substring(4, 10),
                    a.signedAtMeeting() ? meetingId : null, d.province().id(), d.provinceAsWritten(), partnerId,
                    "agreement", a.title(), a.signedAtMeeting() ? date : PartialDate.of(a.date()), a.parties(), null,
                    "signed", sourceId));
        }
        return out;
    }

    private static List<AidProject> aid(Draft d, String meetingId, String partnerId, String sourceId, PartialDate date) {
        List<AidProject> out = new ArrayList<>();
        for (var a : d.aidProjects()) {
            out.add(new AidProject(meetingId + "-aid" + (out.size() + 1) + "-" + sourceId.substring(4, 10), meetingId,
                    d.province().id(), partnerId, a.title(), null, a.channel(), a.amount(), a.currency(), a.amountNote(),
                    null, AidStatus.APPROVED, PartialDate.UNKNOWN, sourceId));
        }
        return out;
    }

    private static List<KeyFigure> figures(Draft d, String sourceId, PartialDate date) {
        List<KeyFigure> out = new ArrayList<>();
        for (var f : d.keyFigures()) {
            out.add(new KeyFigure("kf-" + sourceId.substring(4, 14) + "-" + (out.size() + 1), d.province().id(), null,
                    f.label(), f.value(), null, date.known() ? date : PartialDate.of(d.source().published()), sourceId));
        }
        return out;
    }

    private static List<LocalityLink> links(Draft d, String sourceId) {
        List<LocalityLink> out = new ArrayList<>();
        for (var l : d.localities()) {
            if (l.partnerId() != null) {
                out.add(new LocalityLink("ll-" + sourceId.substring(4, 14) + "-" + (out.size() + 1), d.province().id(),
                        d.provinceAsWritten(), l.partnerId(), "được nêu trong bài báo", null, null, sourceId));
            }
        }
        return out;
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Text.nfc(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
