package vn.protocolbrief.brief;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.protocolbrief.brief.BriefModel.AgreementItem;
import vn.protocolbrief.brief.BriefModel.AidItem;
import vn.protocolbrief.brief.BriefModel.FigureItem;
import vn.protocolbrief.brief.BriefModel.GiftItem;
import vn.protocolbrief.brief.BriefModel.LinkItem;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.NoteItem;
import vn.protocolbrief.brief.BriefModel.PartnerSummary;
import vn.protocolbrief.brief.BriefModel.PersonItem;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.brief.BriefModel.TalkingPoint;
import vn.protocolbrief.domain.AidStatus;
import vn.protocolbrief.domain.DelegationRules;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.RequestCategory;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.Reads;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;

/**
 * Reads everything a pack needs from the store, in one read, and builds its model. Only what the records support
 * goes in: the coming delegation comes from the visit alone (never from past meetings), aid needs a donor and a
 * source, gifts another province gave say so, and every item cites its sources.
 */
public final class BriefAssembler {
    static final int LEADER_OTHER_MEETINGS = 8;
    static final int PARTNER_ELSEWHERE = 10;
    static final int TOP_OPEN = 3;
    static final int KEY_FIGURES = 4;

    private final Store store;
    private final Catalog catalog;
    private final Clock clock;

    public BriefAssembler(Store store, Clock clock) {
        this.store = store;
        this.catalog = new Catalog(store);
        this.clock = clock;
    }

    public BriefModel assemble(BriefRequest request) {
        return build(request, Build::model);
    }

    /**
     * The posts the pack would show from records more than a year older than the visit (shown "as of" their date),
     * for the officer to confirm before the pack is made.
     */
    public List<StalePost> stalePosts(BriefRequest request) {
        return assembleWithPosts(request).postsAsOf();
    }

    /** A pack's model and the posts in it shown "as of" their record's date, from one assembly. */
    public record Assembled(BriefModel model, List<StalePost> postsAsOf) {
    }

    public Assembled assembleWithPosts(BriefRequest request) {
        return build(request, b -> {
            BriefModel model = b.model();
            return new Assembled(model, b.items.dating().stale());
        });
    }

    private <T> T build(BriefRequest request, java.util.function.Function<Build, T> what) {
        List<RequestCategory> categories = catalog.categories();
        if (request.visitId() != null) {
            return store.reads(all -> {
                Reads r = request.reviewedOnly() ? all.reviewedOnly() : all;
                Visit visit = r.visit(request.visitId()).orElseThrow(() -> new StoreException("No visit with id "
                        + request.visitId() + "."));
                Province province = r.provinces().stream().filter(p -> p.id().equals(visit.provinceId())).findFirst()
                        .orElseThrow();
                Partner partner = r.partnersById().get(visit.partnerId());
                return what.apply(new Build(samplesOnlyForASamplePair(r, province, partner), province, partner, visit,
                        true, request, categories));
            });
        }
        Province province = catalog.province(request.province()).province();
        Partner partner = catalog.partner(request.partner());
        Person leader = request.leader() == null ? null : catalog.person(request.leader());
        List<Person> hosts = request.hosts().stream().map(catalog::person).toList();
        return store.reads(all -> {
            Reads r = request.reviewedOnly() ? all.reviewedOnly() : all;
            if (leader != null) {
                DelegationRules.leader(leader, partner, r.meetingsWithPerson(leader.id()), r.partnersById(), "en")
                        .ifPresent(problem -> {
                            throw problem.refusal();
                        });
            }
            // Our hosts named without a saved visit pass the same check as a saved visit's ('visit add').
            java.util.Map<String, String> names = new java.util.HashMap<>();
            r.provinces().forEach(p -> names.put(p.id(), p.nameVi()));
            for (int i = 0; i < hosts.size(); i++) {
                // The level as well as the province: the first chairs for the province (rd18's Kinh Môn secretary).
                Person host = hosts.get(i);
                DelegationRules.host(host, new Visit.Attendee(host.id(), null, null), i == 0, province, names)
                        .ifPresent(problem -> {
                            throw problem.refusal();
                        });
            }
            Visit visit = new Visit("unsaved", province.id(), partner.id(),
                    request.visitDate() == null ? PartialDate.UNKNOWN : PartialDate.of(request.visitDate().toString()),
                    null, null, null, leader == null ? null : new Visit.Attendee(leader.id(), null, null), List.of(),
                    hosts.stream().map(h -> new Visit.Attendee(h.id(), null, null)).toList(), null, List.of(), null,
                    null, null, List.of());
            return what.apply(new Build(samplesOnlyForASamplePair(r, province, partner), province, partner, visit,
                    false, request, categories));
        });
    }

    /**
     * The sample meetings a new store is seeded with reach only a pack about a pair whose meetings are all samples
     * (the demo packs); a pack about real records — real meetings, or none yet — leaves every sample out, so that the
     * demo meetings of another province never stand in a real pack's "partner elsewhere" table.
     */
    private static Reads samplesOnlyForASamplePair(Reads r, Province province, Partner partner) {
        Set<String> samples = r.sampleMeetingIds();
        if (samples.isEmpty() || partner == null) {
            return r;
        }
        List<Meeting> pair = r.history(province.id(), partner.id());
        boolean samplePair = !pair.isEmpty() && pair.stream().allMatch(m -> samples.contains(m.id()));
        return samplePair ? r : r.withoutSamples();
    }

    /** One assembly: the state shared by the parts of a single pack. */
    private final class Build {
        private final Reads h;
        private final Province province;
        private final Partner partner;
        private final Visit visit;
        private final boolean visitRecorded;
        private final BriefRequest request;
        private final Labels labels;
        private final Map<String, String> english;
        private final Map<String, Person> persons;
        private final Map<String, Partner> partners;
        private final SourceNumbers sources = new SourceNumbers();
        private final Items items;
        private final Set<String> recordIds = new LinkedHashSet<>();
        private final List<RequestCategory> categories;
        private final Person leader;
        private final String lang;
        private final PackContext context;
        private final PlaceNames places;

        Build(Reads h, Province province, Partner partner, Visit visit, boolean visitRecorded, BriefRequest request,
              List<RequestCategory> categories) {
            this.h = h;
            this.province = province;
            this.partner = partner;
            this.visit = visit;
            this.visitRecorded = visitRecorded;
            this.request = request;
            this.lang = request.lang();
            this.persons = h.personsById();
            this.english = "en".equals(lang) ? EnglishNameOrder.of(Labels.withKnownWords(h.englishByOriginal()),
                    persons.values()) : Map.of();
            this.labels = new Labels(lang, english).knowing(h.provinces());
            this.categories = categories;
            this.partners = h.partnersById();
            this.items = new Items(persons, partners, sources, lang, PostDating.forVisit(h, persons, visit.date(),
                    LocalDate.now(clock))).knowing(h.provinces());
            this.leader = visit.leader() == null || visit.leader().personId() == null ? null
                    : persons.get(visit.leader().personId());
            this.places = new PlaceNames(province, labels, lang);
            this.context = new PackContext(h, province, partner, leader, persons, items, sources, recordIds, lang);
        }


        BriefModel model() {
            // The visit is the first source: the cover and "at a glance" rest on it.
            List<Integer> visitSource = sources.cite(SourceNumbers.VISIT);
            List<Meeting> all = h.history(province.id(), null);
            List<Meeting> withPartner = all.stream().filter(m -> partner.id().equals(m.partnerId())).toList();
            List<Meeting> others = all.stream().filter(m -> !partner.id().equals(m.partnerId())).toList();
            withPartner.forEach(m -> recordIds.add(m.id()));

            BriefModel.VisitPart visitPart = visitPart(visitSource);
            List<MeetingItem> history = withPartner.stream().map(items::meeting).toList();
            List<BriefModel.ChangeItem> changesSince = new ChangesSince(context, LocalDate.now(clock)).build(withPartner);
            List<PartnerSummary> otherPartners = OtherPartners.otherPartners(context, others);
            List<RequestItem> requests = RequestsPart.requests(context, withPartner, categories);
            List<BriefModel.CommitmentItem> commitments = CommitmentsPart.items(context, history);
            List<Meeting> leaderElsewhere = leader == null ? List.of() : h.meetingsWithPerson(leader.id()).stream()
                    .filter(m -> !province.id().equals(m.provinceId())).limit(LEADER_OTHER_MEETINGS).toList();
            leaderElsewhere.forEach(m -> recordIds.add(m.id()));
            List<GiftItem> gifts = GiftsPart.gifts(context, withPartner, leaderElsewhere);
            List<AgreementItem> agreements = AgreementsAndAid.agreements(context, labels);
            List<AidItem> aid = AgreementsAndAid.aid(context, labels);
            List<FigureItem> figures = figures(h.keyFigures(province.id()));
            // National figures belong to no province or pair: a pack does not print them (issue 19).
            List<FigureItem> national = List.of();
            List<LinkItem> links = h.localityLinks(province.id()).stream()
                    .peek(l -> recordIds.add(l.id()))
                    .map(l -> new LinkItem(items.partnerName(l.partnerId()), l.kind(), l.since(),
                            province.nameVi().equals(l.provinceAsWritten()) ? null : items.locality(l.provinceAsWritten()),
                            l.note(), sources.cite(l.sourceId()))).toList();
            List<NoteItem> sensitivities = sensitivities();

            MeetingItem last = history.isEmpty() ? null : history.get(0);
            List<RequestItem> open = requests.stream()
                    .filter(r -> r.status().isOpen() && r.direction() == Direction.VN_TO_JP).toList();
            List<GiftItem> given = gifts.stream().filter(g -> g.direction() == Direction.VN_TO_JP).toList();
            var glance = new BriefModel.Glance(last, RequestsPart.topOpen(open, TOP_OPEN), open.size(),
                    aid.stream().filter(a -> a.withPartner() && thankable(a)).toList(),
                    requests.stream().filter(r -> r.direction() == Direction.JP_TO_VN && r.status().isOpen()).toList(),
                    anniversaries(agreements, links), given, GiftsPart.advice(given, partner.kind().id(), visit.date(), labels,
                    "city".equals(province.kind()), province.id()), sensitivities,
                    figures.stream().limit(KEY_FIGURES).toList());
            var delegation = DelegationPart.build(context, visitPart, history, leaderElsewhere);
            var provincePart = new BriefModel.ProvincePart(places.name(), province.predecessors(), links, figures,
                    national);
            var charts = ChartCounts.of(categories, lang, requests, withPartner, all);
            int requestsAnnex = RequestsAnnexNumber.of(request.parts(), part -> switch (part) {
                case "brief" -> true;
                case "history" -> history.isEmpty() && otherPartners.isEmpty();
                case "requests" -> requests.isEmpty();
                case "commitments" -> commitments.isEmpty();
                case "agreements" -> agreements.isEmpty() && aid.isEmpty();
                case "gifts" -> gifts.isEmpty();
                case "province" -> province.predecessors().isEmpty() && links.isEmpty() && figures.isEmpty()
                        && sensitivities.isEmpty();
                default -> false;
            });
            List<TalkingPoint> points = points(visitSource, history, aid, agreements, requests, requestsAnnex);
            if (visit.points().isEmpty()) {
                points = OccasionPoints.added(points, new OccasionPoints.Occasion(places.unitAndName(),
                        labels.inSentence(PartnerPosts.name(partner, labels)), history.isEmpty(), glance.anniversaries(),
                        links, otherPartners), labels);
            }
            String snapshot = snapshot(visit, history, requests, agreements, aid, gifts, figures, sensitivities, points);
            var sourceItems = SourcesPart.items(context, labels, visit, visitRecorded, LocalDate.now(clock));
            var meta = new BriefModel.Meta(province.id(), places.name(), places.unitAndName(), partner.id(),
                    PartnerPosts.name(partner, labels),
                    partner.nameJa(), partner.kind().id(), lang,
                    request.classification() != null ? request.classification() : labels.get("classification.default"),
                    LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), snapshot,
                    List.copyOf(recordIds), request.parts(), history.isEmpty(), !visit.points().isEmpty(),
                    items.dating().toConfirm(leader, visitPart, labels), ImportedPartner.unreviewed(h, partner), history.isEmpty() && request.reviewedOnly()
                            ? h.unreviewedLeftOut(province.id(), partner.id()) : 0);
            return new BriefModel(meta, visitPart, glance, delegation, provincePart, history, otherPartners, requests,
                    agreements, aid, gifts, points, charts, sourceItems, changesSince, english, commitments);
        }


        private BriefModel.VisitPart visitPart(List<Integer> visitSource) {
            PersonItem leaderItem = visit.leader() == null ? null : items.person(visit.leader(), true, visitSource);
            if (visit.leader() != null && visit.leader().personId() != null) {
                recordIds.add(visit.leader().personId());
            }
            List<PersonItem> members = visit.members().stream().map(a -> items.person(a, true, visitSource)).toList();
            List<PersonItem> hosts = visit.hosts().stream().map(a -> items.person(a, false, visitSource)).toList();
            // In an English pack the plan's own words in English where the phrasebook knows them, else marked [VI].
            return new BriefModel.VisitPart(visitRecorded, visit.date(), visit.time(), labels.visitText(visit.venue()),
                    labels.visitText(visit.purpose()), leaderItem, members, hosts, items.place(visit.interpreter()),
                    visit.programme().stream().map(p -> new BriefModel.ProgrammeLine(p.time(),
                            labels.visitText(p.item()))).toList(),
                    labels.visitText(visit.issuingOffice()), labels.personOrOffice(visit.preparedBy()),
                    labels.personOrOffice(visit.approvedBy()), visitSource);
        }



        private boolean thankable(AidItem a) {
            return !a.status().equals(AidStatus.PROPOSED.name().toLowerCase(java.util.Locale.ROOT))
                    && !a.status().equals(AidStatus.CANCELLED.name().toLowerCase(java.util.Locale.ROOT));
        }

        /** The province's points of care; anniversaries only when they fall near the visit (computed below). */
        private List<NoteItem> sensitivities() {
            return h.sensitivities(province.id()).stream()
                    .filter(s -> !"anniversary".equals(s.kind()))
                    .filter(s -> s.partnerId() == null || s.partnerId().equals(partner.id()))
                    .peek(s -> recordIds.add(s.id()))
                    .map(s -> new NoteItem(s.kind(), s.date(), s.text(), sources.cite(s.sourceId()))).toList();
        }

        private List<BriefModel.Anniversary> anniversaries(List<AgreementItem> agreements, List<LinkItem> links) {
            if (!visit.date().known()) {
                return List.of();
            }
            List<Anniversaries.Candidate> candidates = new ArrayList<>();
            for (AgreementItem a : agreements) {
                // An anniversary is of a signing: an agreement in words or a proposal has none.
                if (a.withPartner() && a.happened() == AgreementWords.SIGNED) {
                    // "ký" + the title as a document ("ký văn bản thiết lập quan hệ …").
                    String title = "en".equals(lang) ? labels.record(a.title()) : AgreementTitles.asDocument(a.title());
                    candidates.add(new Anniversaries.Candidate(labels.format("anniversary.agreement", title),
                            a.signedOn(), a::sources));
                }
            }
            for (LinkItem l : links) {
                if (partner.name(lang).equals(l.partnerName())) {
                    candidates.add(new Anniversaries.Candidate(labels.format("anniversary.link", labels.record(l.kind()),
                            l.partnerName()), l.since(), l::sources));
                }
            }
            for (BriefData.NationalDate d : BriefData.get().dates) {
                candidates.add(new Anniversaries.Candidate("en".equals(lang) ? d.en() : d.vi(), d.date(),
                        () -> sources.cite(SourceNumbers.reference(d.sourceTitle(), d.publication(), d.url()))));
            }
            return Anniversaries.near(visit.date(), candidates, labels);
        }

        private List<FigureItem> figures(List<vn.protocolbrief.domain.KeyFigure> figures) {
            return figures.stream().peek(k -> recordIds.add(k.id()))
                    .map(k -> new FigureItem(k.label(), k.value(), k.unit(), k.asOf(), sources.cite(k.sourceId())))
                    .toList();
        }

        /** The officer's edited points when the visit has them; otherwise derived from the records. */
        private List<TalkingPoint> points(List<Integer> visitSource, List<MeetingItem> history, List<AidItem> aid,
                                          List<AgreementItem> agreements, List<RequestItem> requests,
                                          int requestsAnnex) {
            if (!visit.points().isEmpty()) {
                List<TalkingPoint> out = new ArrayList<>();
                for (Visit.SpeechPoint p : visit.points()) {
                    List<Integer> cited = new ArrayList<>(sources.cite(p.sourceIds()));
                    if (cited.isEmpty()) {
                        cited.addAll(visitSource);
                    }
                    out.add(new TalkingPoint(p.kind(), p.text(), p.recordIds(), cited));
                }
                return out;
            }
            String titleVi = visit.leader() == null ? null : visit.leader().title() != null ? visit.leader().title()
                    : leader == null || Items.current(leader) == null ? null : Items.current(leader).title();
            PersonItem leaderItem = visit.leader() == null ? null : items.person(visit.leader(), true, visitSource);
            String address = leaderItem == null ? null : Addressing.spoken(leaderItem.address());
            String inSpeech = visit.leader() == null ? null : items.addressing().inSpeech(leader, titleVi);
            var guest = new TalkingPoints.Guest(address, inSpeech, labels.inSentence(PartnerPosts.name(partner, labels)));
            var host = new TalkingPoints.Host(places.unitAndName(), Localities.inSentence(province, lang));
            // What each side promised at this pair's meetings, newest meetings first (the order of the history).
            List<String> order = history.stream().map(MeetingItem::id).toList();
            List<TalkingPoints.Promise> promises = h.commitments(province.id(), partner.id()).stream()
                    .filter(k -> order.contains(k.meetingId()))
                    .sorted(java.util.Comparator.comparingInt(k -> order.indexOf(k.meetingId())))
                    .map(k -> new TalkingPoints.Promise(k.id(), k.side() == vn.protocolbrief.domain.Side.VN, k.text(),
                            k.status(), k.followUps().isEmpty() ? null : k.followUps().get(k.followUps().size() - 1)
                            .note(), sources.cite(k.sourceId()))).toList();
            List<TalkingPoint> derived = new TalkingPoints(labels, new FirstPerson(lang, items.addressing()), subjects())
                    .withPromises(promises).withRequestsAnnex(requestsAnnex)
                    .heldOn(visit.date().known() ? vn.protocolbrief.domain.PostAge.firstDay(visit.date())
                            : java.time.LocalDate.now(clock))
                    .derive(guest, host, visitSource, history, aid, agreements,
                            requests);
            return DiscussedPoint.added(derived, requests, categories, java.util.Set.copyOf(order), labels);
        }

        /** English category names as a point says them ("investment", "OCOP products and trade promotion"). */
        private Map<String, String> subjects() {
            Map<String, String> out = new java.util.HashMap<>();
            if ("en".equals(lang)) {
                // "Other" names no subject: such a request is said without one.
                for (RequestCategory c : categories.stream().filter(c -> !"other".equals(c.id())).toList()) {
                    String name = c.labelEn();
                    boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
                    out.put(c.id(), acronym ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1));
                }
            }
            return out;
        }
    }

    /** A short stamp of the records a pack was made from: same records, same stamp. Never printed. */
    static String snapshot(Object... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object p : parts) {
                sha.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
