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
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.AidStatus;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.KeyFigure;
import vn.protocolbrief.domain.LearnedWord;
import vn.protocolbrief.domain.LocalityLink;
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
import vn.protocolbrief.store.ImportRecords;
import vn.protocolbrief.service.MeetingReviews;

/**
 * From article to draft, and from a reviewed draft to stored records: the meeting with its source (the
 * article text), people, partner, requests, agreements, aid, gifts and figures, in one transaction. The same
 * article twice is recognised by its text; a second article about a stored meeting is offered as a merge, and a
 * merge adds only what the meeting does not hold yet. What the officer corrected in review is kept as the
 * office's own vocabulary for the next article.
 */
public final class ImportService {
    private final ImportRecords records;
    private final vn.protocolbrief.store.Store store;
    private ImportRecords.Reference reference;
    private DraftExtractor extractor;
    /** Set only by the statement trainer: another model than the shipped one (null: the shipped one). */
    private StatementReading.Use statementReading;

    public ImportService(vn.protocolbrief.store.Store store) {
        this.records = new ImportRecords(store);
        this.store = store;
        refresh();
    }

    /** Reads the names and the vocabulary again: the next article may name a partner or use a word just saved. */
    private synchronized void refresh() {
        this.reference = records.reference();
        this.extractor = new DraftExtractor(reference.provinces(), reference.provinceAliases(), reference.partners(),
                reference.prefectures(), Vocabulary.of(reference.vocabulary()));
        if (statementReading != null) {
            extractor.readStatementsWith(statementReading);
        }
    }

    /**
     * Drafts read statements with this learned model after the rules from now on (null: the rules alone, the
     * default): for benchmark-import's measure of a model file.
     */
    public void readStatementsWithModel(StatementModel model, double veto, double add) {
        readStatementsWith(new StatementReading.Use(model, null, veto, add));
    }

    /** Drafts read statements with this model and observer from now on (the trainer's cross-validation). */
    synchronized void readStatementsWith(StatementReading.Use use) {
        this.statementReading = use;
        extractor.readStatementsWith(use);
    }

    /** The draft, its people matched to the stored ones they are. */
    public Draft draft(ArticleText article) {
        return PersonMatching.identify(extractor.extract(article), records.persons());
    }

    /**
     * A draft with nothing filled in but the article itself: for an article the importer refused that the
     * officer still wants to record.
     */
    public Draft emptyDraft(ArticleText article) {
        return extractor.empty(article);
    }

    /**
     * A meeting recorded by hand for a province and a partner: a draft with nothing else filled in and no article
     * yet (the officer gives the source: a publication, an address or the text).
     */
    public Draft handEntered(String provinceId, String provinceName, vn.protocolbrief.domain.Partner partner) {
        Draft.PartnerRef ref = partner == null ? null : new Draft.PartnerRef(partner.id(), partner.nameVi(),
                partner.nameEn(), partner.kind().id(), partner.prefectureCode(), null);
        return new Draft(null, "unknown", new Draft.Ref(provinceId, provinceName), provinceName, null, ref, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                java.util.Map.of(), java.util.Map.of(), new Draft.SourceDraft(null, "hand", null, null, null, null, ""), List.of(), List.of());
    }

    /** What saving did. */
    public record Saved(String status, String meetingId, String message, List<LearnedWord> learned) {
    }

    /** Saves a draft as it is (the command line, a folder): nobody has reviewed it. */
    public Saved save(Draft d, boolean merge) {
        return save(d, null, merge, null);
    }

    /**
     * Saves a reviewed draft; {@code proposed} is the draft as the importer made it, from which the corrections
     * the officer made are learned (null when nothing was reviewed). A draft reviewed field by field is saved as
     * reviewed by the store's officer ({@link vn.protocolbrief.store.Store#actor()}).
     */
    public Saved save(Draft d, Draft proposed, boolean merge) {
        return save(d, proposed, merge, proposed == null ? null : store.actor().name());
    }

    /** What the officer wrote of a meeting recorded by hand: its summary and outcome (either may be blank). */
    public record Notes(String summary, String outcome) {
        public static final Notes NONE = new Notes(null, null);
    }

    /** Saves a reviewed draft with the summary and outcome the officer wrote, in the same transaction. */
    public Saved saveWithNotes(Draft d, Draft proposed, boolean merge, Notes notes) {
        return save(d, proposed, merge, proposed == null ? null : store.actor().name(), notes);
    }

    /**
     * Saves a draft; {@code reviewedBy} names the person who read it against the article (null: nobody did, and the
     * meeting is unreviewed until someone does). A merge into a meeting nobody has reviewed leaves it unreviewed.
     */
    public Saved save(Draft d, Draft proposed, boolean merge, String reviewedBy) {
        return save(d, proposed, merge, reviewedBy, Notes.NONE);
    }

    private Saved save(Draft d, Draft proposed, boolean merge, String reviewedBy, Notes notes) {
        if (d.province() == null) {
            throw new ImportException(ImportException.Problem.NO_PROVINCE);
        }
        if (d.partner() == null || d.partner().id() == null && (d.partner().name() == null || d.partner().name().isBlank())) {
            throw new ImportException(ImportException.Problem.NO_PARTNER_CHOSEN);
        }
        // A hand-entered meeting may have no text: its source is then its own (never "the same article twice").
        String sourceId = "src-" + hash(d.source().text().isBlank() ? java.util.UUID.randomUUID().toString()
                : d.source().text()).substring(0, 16);
        Saved saved = records.inOneTransaction(tx -> saveIn(tx, d, proposed, merge, sourceId, reviewedBy,
                notes == null ? Notes.NONE : notes));
        if (saved.status().equals("saved") || saved.status().equals("merged")) {
            refresh();
        }
        return saved;
    }

    private Saved saveIn(ImportRecords.Transaction tx, Draft d, Draft proposed, boolean merge, String sourceId,
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
                sourceTitle(d), d.source().text());
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
                    hostRole(h, i), h.title()));
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
                        meetingTitle(d), blank(notes.summary()) ? summary(d) : notes.summary().strip(),
                        blank(notes.outcome()) ? null : notes.outcome().strip(), List.of(sourceId), participants,
                        requests, gifts));
        ImportRecords.PairRecords held = same.isPresent() ? tx.pair(d.province().id(), partnerId)
                : new ImportRecords.PairRecords(List.of(), List.of(), List.of(), List.of());
        List<LearnedWord> learned = proposed == null ? List.of() : ReviewLearning.learned(d, proposed, partnerId);
        Archive archive = new Archive(Archive.FORMAT, newPartners, newPersons, List.of(source), List.of(meeting),
                agreements(d, meetingId, partnerId, sourceId, date, held), aid(d, meetingId, partnerId, sourceId, held),
                figures(d, sourceId, date, held), links(d, sourceId, held), List.of(), learned, null,
                reviewedBy == null || same.isPresent() && tx.review(meetingId).isEmpty() ? List.of()
                        : List.of(MeetingReviews.review(meetingId, reviewedBy)),
                commitments(d, meetingId, sourceId, same.isPresent() ? tx.commitments(meetingId) : List.of()),
                List.of());
        tx.save(archive);
        return new Saved(same.isPresent() ? "merged" : "saved", meetingId, (same.isPresent() ? "Added to meeting "
                : "Saved as meeting ") + meetingId + ".", learned);
    }

    // ------------------------------------------------------------------ the records

    /** What each side promised, as the article says it; on a merge, none the meeting already holds. */
    static List<vn.protocolbrief.domain.Commitment> commitments(Draft d, String meetingId, String sourceId,
                                                                List<vn.protocolbrief.domain.Commitment> held) {
        List<vn.protocolbrief.domain.Commitment> out = new ArrayList<>();
        for (Draft.CommitmentDraft c : d.commitments()) {
            if (c.text() == null || c.text().isBlank()) {
                continue;
            }
            Side side = Side.valueOf(c.side().toUpperCase(Locale.ROOT));
            boolean known = java.util.stream.Stream.concat(held.stream(), out.stream())
                    .anyMatch(o -> o.side() == side && Text.key(o.text()).equals(Text.key(c.text())));
            if (!known) {
                out.add(new vn.protocolbrief.domain.Commitment(meetingId + "-c" + sourceId.substring(4, 10) + "-"
                        + (out.size() + 1), meetingId, side, c.text(), PartialDate.of(c.due()), null, RequestStatus.OPEN,
                        sourceId, List.of()));
            }
        }
        return out;
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

    /** The importer's role for our side: every host it read is a host, the others attended; else the first hosts. */
    private static ParticipantRole hostRole(PersonRef h, int index) {
        if (h.role() != null) {
            return "host".equals(h.role()) ? ParticipantRole.HOST : ParticipantRole.ATTENDEE;
        }
        return index == 0 ? ParticipantRole.HOST : ParticipantRole.ATTENDEE;
    }

    /** The headline, else who met whom; the first sentence only when the draft names neither side. */
    private static String meetingTitle(Draft d) {
        String composed = MeetingTitles.of(d);
        return composed != null ? composed : sourceTitle(d);
    }

    /** The article's headline, else its first sentence: a source is never shown by its id. */
    private static String sourceTitle(Draft d) {
        if (d.source().title() != null && !d.source().title().isBlank()) {
            return d.source().title();
        }
        if (d.source().text().isBlank()) {
            return null;
        }
        // Never the page's furniture: "source: …", "title: …" header lines, a "date 2025-08-19" stamp.
        String text = d.source().text().strip().replaceAll("(?im)^\\s*(?:source|url|nguồn|title)\\s*:.*$", "")
                .replaceAll("(?m)^\\s*date\\s+\\d{4}-\\d{2}(?:-\\d{2})?(?![\\d-])\\s*", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        String first = text.split("(?<!\\bTP\\.|\\bTp\\.)(?<=[.!?])\\s+|\n")[0].strip();
        return first.length() > 140 ? first.substring(0, first.lastIndexOf(' ', 140)) + "…" : first;
    }

    private static String summary(Draft d) {
        return summaryOf(d.source().text());
    }

    private static final java.util.regex.Pattern PHOTO_CREDIT = java.util.regex.Pattern.compile(
            "(?iu)[(.\\s]\\s*(?:ảnh|photo|nguồn ảnh)\\s*:\\s*[^.:]{1,40}\\)?\\.?$");

    /** The first paragraph of some length, never a "source: …" or "title: …" header line (a long address is one). */
    static String summaryOf(String text) {
        List<String> p = java.util.Arrays.stream(text.split("\n\n|\n"))
                .filter(x -> !x.strip().matches("(?i)(?:source|url|nguồn|title)\\s*:.*")).toList();
        if (p.stream().allMatch(String::isBlank)) {
            return null;
        }
        // A photo's caption ends with its credit ("… Ảnh: Phan Tú"): it tells the picture, not the meeting.
        String first = p.stream().filter(x -> x.length() > 120 && !PHOTO_CREDIT.matcher(x.strip()).find()).findFirst()
                .orElse(p.stream().filter(x -> !x.isBlank()).findFirst().orElseThrow());
        return first.length() > 700 ? first.substring(0, 700) + "…" : first;
    }

    private static List<Agreement> agreements(Draft d, String meetingId, String partnerId, String sourceId, PartialDate date,
                                              ImportRecords.PairRecords held) {
        List<Agreement> out = new ArrayList<>();
        for (var a : java.util.stream.Stream.concat(d.agreements().stream(), d.earlierAgreements().stream()).toList()) {
            boolean known = held.agreements().stream().anyMatch(x -> similar(x.title(), a.title()));
            if (known) {
                continue;
            }
            out.add(new Agreement(meetingId + "-a" + (out.size() + 1) + "-" + sourceId.substring(4, 10),
                    a.signedAtMeeting() ? meetingId : null, d.province().id(), d.provinceAsWritten(), partnerId,
                    "agreement", a.title(), a.signedAtMeeting() ? date : PartialDate.of(a.date()), a.parties(), null,
                    a.status(), sourceId));
        }
        return out;
    }

    private static List<AidProject> aid(Draft d, String meetingId, String partnerId, String sourceId,
                                        ImportRecords.PairRecords held) {
        List<AidProject> out = new ArrayList<>();
        for (var a : d.aidProjects()) {
            boolean known = held.aid().stream().anyMatch(x -> similar(x.title(), a.title())
                    || a.amount() != null && x.amount() != null && a.amount().compareTo(x.amount()) == 0);
            if (known) {
                continue;
            }
            out.add(new AidProject(meetingId + "-aid" + (out.size() + 1) + "-" + sourceId.substring(4, 10), meetingId,
                    d.province().id(), partnerId, a.title(), null, a.channel(), a.amount(), a.currency(), a.amountNote(),
                    null, AidStatus.APPROVED, PartialDate.UNKNOWN, sourceId));
        }
        return out;
    }

    private static List<KeyFigure> figures(Draft d, String sourceId, PartialDate date, ImportRecords.PairRecords held) {
        List<KeyFigure> out = new ArrayList<>();
        for (var f : d.keyFigures()) {
            boolean known = held.figures().stream().anyMatch(x -> Text.key(x.value()).equals(Text.key(f.value()))
                    && similar(x.label(), f.label()));
            if (known) {
                continue;
            }
            out.add(new KeyFigure("kf-" + sourceId.substring(4, 14) + "-" + (out.size() + 1), d.province().id(), null,
                    f.label(), f.value(), null, date.known() ? date : PartialDate.of(d.source().published()), sourceId));
        }
        return out;
    }

    private static List<LocalityLink> links(Draft d, String sourceId, ImportRecords.PairRecords held) {
        List<LocalityLink> out = new ArrayList<>();
        for (var l : d.localities()) {
            if (l.partnerId() != null && held.links().stream().noneMatch(x -> x.partnerId().equals(l.partnerId()))) {
                out.add(new LocalityLink("ll-" + sourceId.substring(4, 14) + "-" + (out.size() + 1), d.province().id(),
                        d.provinceAsWritten(), l.partnerId(), "được nêu trong bài báo", null, null, sourceId));
            }
        }
        return out;
    }

    /** Two titles for one thing: one contains the other, or most of their words are shared. */
    private static boolean similar(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = Text.key(a);
        String y = Text.key(b);
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        Set<String> wa = new HashSet<>(Text.words(a));
        Set<String> wb = new HashSet<>(Text.words(b));
        long common = wa.stream().filter(wb::contains).count();
        return common >= 0.7 * Math.min(wa.size(), wb.size());
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
