package vn.protocolbrief.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.KeyFigure;
import vn.protocolbrief.domain.LocalityLink;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Prefecture;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.RequestCategory;
import vn.protocolbrief.domain.Sensitivity;
import vn.protocolbrief.domain.Source;

/**
 * What the window, the packs and the command line read, inside one read transaction ({@link Store#reads}): all
 * of it sees the same committed state. The only way to the store outside this package, so that SQL stays here.
 */
public final class Reads {
    private final Handle h;
    private final Repositories repos;

    /** Meetings nobody has reviewed and the sources saved with them: left out of this view; null: nothing is. */
    private final java.util.Set<String> hiddenMeetings;
    private final java.util.Set<String> hiddenSources;
    /** Sources whose posts people lose in this view (a sample article's posts are a real person's: kept). */
    private final java.util.Set<String> hiddenPostSources;

    Reads(Handle h, Repositories repos) {
        this(h, repos, null, null, null);
    }

    private Reads(Handle h, Repositories repos, java.util.Set<String> hiddenMeetings, java.util.Set<String> hiddenSources,
                  java.util.Set<String> hiddenPostSources) {
        this.h = h;
        this.repos = repos;
        this.hiddenMeetings = hiddenMeetings;
        this.hiddenSources = hiddenSources;
        this.hiddenPostSources = hiddenPostSources;
    }

    /**
     * The same read without what comes from a meeting nobody has reviewed: the meeting (its requests and gifts), and
     * the agreements, aid, figures, links and notes saved with it or citing its article.
     */
    public Reads reviewedOnly() {
        MeetingReviewRepository reviews = new MeetingReviewRepository();
        java.util.Set<String> sources = reviews.unreviewedSourceIds(h);
        return new Reads(h, repos, reviews.unreviewedMeetingIds(h), sources, sources);
    }

    /**
     * The same read without the sample meetings a new store is seeded with (the demo data) and what comes from them
     * or cites their articles: a pack about real records never shows a sample (issue 19).
     */
    public Reads withoutSamples() {
        MeetingReviewRepository reviews = new MeetingReviewRepository();
        java.util.Set<String> meetings = new java.util.HashSet<>(reviews.sampleMeetingIds(h));
        java.util.Set<String> sources = new java.util.HashSet<>(reviews.sampleSourceIds(h));
        if (hiddenMeetings != null) {
            meetings.addAll(hiddenMeetings);
            sources.addAll(hiddenSources);
        }
        return new Reads(h, repos, meetings, sources, hiddenPostSources);
    }

    /** The ids of the sample meetings (see {@link #withoutSamples}). */
    public java.util.Set<String> sampleMeetingIds() {
        return new MeetingReviewRepository().sampleMeetingIds(h);
    }

    /** The sources saved with a meeting nobody has reviewed: a fact citing one is marked in a pack. */
    public java.util.Set<String> unreviewedSourceIds() {
        return new MeetingReviewRepository().unreviewedSourceIds(h);
    }

    /** How many meetings of a province with a partner this view leaves out because nobody has reviewed them. */
    public int unreviewedLeftOut(String provinceId, String partnerId) {
        if (hiddenMeetings == null) {
            return 0;
        }
        java.util.Set<String> unreviewed = new MeetingReviewRepository().unreviewedMeetingIds(h);
        return (int) repos.meetings().history(h, provinceId, partnerId).stream()
                .filter(m -> unreviewed.contains(m.id())).count();
    }

    private List<Meeting> shown(List<Meeting> meetings) {
        return hiddenMeetings == null ? meetings : meetings.stream().filter(m -> !hiddenMeetings.contains(m.id())).toList();
    }

    /** People keep only the posts read from reviewed articles (or typed by hand). */
    private List<Person> shownPosts(List<Person> persons) {
        if (hiddenPostSources == null) {
            return persons;
        }
        return persons.stream().map(p -> p.positions().stream().noneMatch(x -> hiddenPostSources.contains(x.sourceId())) ? p
                : new Person(p.id(), p.familyName(), p.givenName(), p.kanji(), p.nationality(), p.honorific(), p.note(),
                        p.positions().stream().filter(x -> !hiddenPostSources.contains(x.sourceId())).toList())).toList();
    }

    private <T> List<T> shown(List<T> records, Function<T, String> meetingId, Function<T, String> sourceId) {
        if (hiddenMeetings == null) {
            return records;
        }
        return records.stream().filter(r -> (meetingId == null || !hiddenMeetings.contains(meetingId.apply(r)))
                && !hiddenSources.contains(sourceId.apply(r))).toList();
    }

    public List<Province> provinces() {
        return repos.reference().provinces(h);
    }

    public List<Prefecture> prefectures() {
        return repos.reference().prefectures(h);
    }

    public List<RequestCategory> categories() {
        return repos.reference().categories(h);
    }

    public List<Partner> partners() {
        return repos.partners().all(h);
    }

    public Map<String, Partner> partnersById() {
        return partners().stream().collect(Collectors.toMap(Partner::id, Function.identity()));
    }

    public List<Person> persons() {
        return shownPosts(repos.persons().all(h));
    }

    public Map<String, Person> personsById() {
        return persons().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    /** Whoever holds a post at the partner, and the Japanese side of its meetings. */
    public List<Person> personsOfPartner(String partnerId) {
        return shownPosts(repos.persons().ofPartner(h, partnerId));
    }

    public List<Person> persons(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : shownPosts(repos.persons().byIds(h, ids));
    }

    /** The province's meetings (predecessors included), with one partner or with all when null; newest first. */
    public List<Meeting> history(String provinceId, String partnerId) {
        return shown(repos.meetings().history(h, provinceId, partnerId));
    }

    public List<Meeting> meetingsWithPartner(String partnerId) {
        return shown(repos.meetings().withPartner(h, partnerId));
    }

    public List<Meeting> meetingsWithPerson(String personId) {
        return shown(repos.meetings().withPerson(h, personId));
    }

    public Optional<Meeting> meeting(String id) {
        return repos.meetings().byId(h, id);
    }

    /** The province and partner of a meeting, or of the meeting a request was raised at. */
    public Optional<String[]> pairOf(SearchIndex.Kind kind, String refId) {
        String sql = switch (kind) {
            case MEETING -> "SELECT province_id, partner_id FROM meeting WHERE id = ?";
            case REQUEST -> "SELECT m.province_id, m.partner_id FROM request r JOIN meeting m ON m.id = r.meeting_id"
                    + " WHERE r.id = ?";
            default -> null;
        };
        if (sql == null) {
            return Optional.empty();
        }
        return h.createQuery(sql).bind(0, refId).map((rs, ctx) -> new String[]{rs.getString(1), rs.getString(2)}).findOne();
    }

    /** The earliest-recorded meeting that cites a source, with its province and partner: {meeting, province, partner}. */
    public Optional<String[]> meetingCiting(String sourceId) {
        return h.createQuery("SELECT m.id, m.province_id, m.partner_id FROM meeting_source ms"
                        + " JOIN meeting m ON m.id = ms.meeting_id WHERE ms.source_id = ? ORDER BY m.sort_key, m.id LIMIT 1")
                .bind(0, sourceId)
                .map((rs, ctx) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}).findOne();
    }

    public List<Agreement> agreements(String provinceId, String partnerId) {
        return shown(repos.agreements().forProvince(h, provinceId, partnerId), Agreement::meetingId,
                Agreement::sourceId);
    }

    public List<AidProject> aidProjects(String provinceId, String partnerId) {
        return shown(repos.aidProjects().forProvince(h, provinceId, partnerId), AidProject::meetingId,
                AidProject::sourceId);
    }

    public List<KeyFigure> keyFigures(String provinceId) {
        return shown(repos.keyFigures().forProvince(h, provinceId), null, KeyFigure::sourceId);
    }

    /** Figures of Viet Nam as a whole (no province). */
    public List<KeyFigure> nationalFigures() {
        return shown(repos.keyFigures().all(h).stream().filter(k -> k.provinceId() == null).toList(), null,
                KeyFigure::sourceId);
    }

    public List<LocalityLink> localityLinks(String provinceId) {
        return shown(repos.localityLinks().forProvince(h, provinceId), null, LocalityLink::sourceId);
    }

    public List<Sensitivity> sensitivities(String provinceId) {
        return shown(repos.sensitivities().forProvince(h, provinceId), null, Sensitivity::sourceId);
    }

    public Optional<Source> source(String id) {
        return repos.sources().byId(h, id);
    }

    /**
     * The officer's confirmations that posts read long ago still hold, by position id: who confirmed each and the
     * day (ISO), for those of {@code positionIds} confirmed.
     */
    public Map<String, vn.protocolbrief.domain.PostConfirmation> postConfirmations(Collection<String> positionIds) {
        if (positionIds.isEmpty()) {
            return Map.of();
        }
        return new PostConfirmationRepository().of(h, positionIds).stream()
                .collect(Collectors.toMap(vn.protocolbrief.domain.PostConfirmation::positionId, Function.identity()));
    }

    /** Sources without their full text: what is shown beside a record. */
    public Map<String, Source> sourceHeadings(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return h.createQuery("SELECT id, publication, url, published_on, title FROM source WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> new Source(rs.getString(1), rs.getString(2), rs.getString(3),
                        PartialDate.of(rs.getString(4)), rs.getString(5), ""))
                .collect(Collectors.toMap(Source::id, Function.identity()));
    }

    /**
     * The latest date of the meetings that cite each source: when what a source says was true, for a source whose
     * own publication date nobody recorded (an article pasted as text).
     */
    public Map<String, PartialDate> meetingDatesOfSources(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, PartialDate> latest = new java.util.HashMap<>();
        h.createQuery("SELECT ms.source_id, m.date FROM meeting_source ms JOIN meeting m ON m.id = ms.meeting_id"
                        + " WHERE ms.source_id IN (<ids>) AND m.date IS NOT NULL AND m.date <> ''")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getString(1), PartialDate.of(rs.getString(2))))
                .forEach(e -> {
                    if (e.getValue().known()) {
                        latest.merge(e.getKey(), e.getValue(), (a, b) -> a.iso().compareTo(b.iso()) >= 0 ? a : b);
                    }
                });
        return latest;
    }

    public List<BriefRecordRepository.BriefRecord> packs(String provinceId, String partnerId) {
        return repos.briefs().forPair(h, provinceId, partnerId);
    }

    public List<String> partnerIds() {
        return h.createQuery("SELECT id FROM partner ORDER BY id").mapTo(String.class).list();
    }

    public Optional<vn.protocolbrief.domain.Visit> visit(String id) {
        return repos.visits().find(h, id);
    }

    /** A pair's visits (null for either side: all), the latest first. */
    public List<vn.protocolbrief.domain.Visit> visits(String provinceId, String partnerId) {
        return repos.visits().list(h, provinceId, partnerId);
    }

    /** Every meeting's id (a small list: the store's size is its meetings). */
    public List<String> meetingIds() {
        return h.createQuery("SELECT id FROM meeting").mapTo(String.class).list();
    }

    /** The commitments made at a province's meetings with a partner (issue 21). */
    public List<vn.protocolbrief.domain.Commitment> commitments(String provinceId, String partnerId) {
        return new CommitmentRepository().forPair(h, provinceId, partnerId, false);
    }

    /**
     * The officer's English renderings of record text, by the Vietnamese text they render (as
     * {@link vn.protocolbrief.domain.EnglishRendering#key} writes it): what an English pack or letter shows instead of the original.
     */
    public Map<String, String> englishByOriginal() {
        return new EnglishRenderingRepository().byOriginal(h);
    }

    /** The English renderings written for Vietnamese since edited (stale), by kind, record and note. */
    public List<vn.protocolbrief.domain.StaleRendering> staleEnglish() {
        return new EnglishRenderingRepository().stale(h);
    }
}
