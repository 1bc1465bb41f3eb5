package vn.protocolbrief.brief;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.protocolbrief.brief.BriefModel.AgreementItem;
import vn.protocolbrief.brief.BriefModel.AidItem;
import vn.protocolbrief.brief.BriefModel.FigureItem;
import vn.protocolbrief.brief.BriefModel.GiftItem;
import vn.protocolbrief.brief.BriefModel.LinkItem;
import vn.protocolbrief.brief.BriefModel.MeetingItem;
import vn.protocolbrief.brief.BriefModel.NoteItem;
import vn.protocolbrief.brief.BriefModel.PersonItem;
import vn.protocolbrief.brief.BriefModel.PostHolder;
import vn.protocolbrief.brief.BriefModel.RequestItem;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestCategory;
import vn.protocolbrief.domain.RequestThreads;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.Reads;
import vn.protocolbrief.store.Store;

/** Reads everything a pack needs from the store, in one read, and builds its model. */
public final class BriefAssembler {
    private static final int LEADER_OTHER_MEETINGS = 8;

    private final Store store;
    private final Catalog catalog;
    private final Clock clock;

    public BriefAssembler(Store store, Clock clock) {
        this.store = store;
        this.catalog = new Catalog(store);
        this.clock = clock;
    }

    public BriefModel assemble(BriefRequest request) {
        Province province = catalog.province(request.province()).province();
        Partner partner = catalog.partner(request.partner());
        Person chosenLeader = request.leader() == null ? null : catalog.person(request.leader());
        List<RequestCategory> categories = catalog.categories();
        return store.reads(r -> new Build(r, province, partner, chosenLeader, request, categories).model());
    }

    /** One assembly: the state shared by the parts of a single pack. */
    private final class Build {
        private final Reads h;
        private final Province province;
        private final Partner partner;
        private final BriefRequest request;
        private final Labels labels;
        private final Map<String, Person> persons;
        private final SourceNumbers sources = new SourceNumbers();
        private final ItemFactory items;
        private final Set<String> recordIds = new LinkedHashSet<>();
        private final List<RequestCategory> categories;
        private final Person leader;

        Build(Reads h, Province province, Partner partner, Person chosenLeader, BriefRequest request,
              List<RequestCategory> categories) {
            this.h = h;
            this.province = province;
            this.partner = partner;
            this.request = request;
            this.labels = new Labels(request.lang());
            this.categories = categories;
            this.persons = h.personsById();
            Map<String, Partner> partners = h.partnersById();
            this.items = new ItemFactory(persons, partners, sources, request.lang());
            this.leader = chosenLeader != null ? chosenLeader : latestLeader();
        }

        /** The partner's most recent head of delegation anywhere in Viet Nam. */
        private Person latestLeader() {
            for (Meeting m : h.meetingsWithPartner(partner.id())) {
                var l = m.leader();
                if (l.isPresent()) {
                    return persons.get(l.get().personId());
                }
            }
            return null;
        }

        BriefModel model() {
            List<Meeting> all = h.history(province.id(), null);
            List<Meeting> withPartner = all.stream().filter(m -> partner.id().equals(m.partnerId())).toList();
            List<Meeting> others = all.stream().filter(m -> !partner.id().equals(m.partnerId())).toList();
            all.forEach(m -> recordIds.add(m.id()));

            List<MeetingItem> history = withPartner.stream().map(items::meeting).toList();
            List<MeetingItem> otherHistory = others.stream().map(items::meeting).toList();
            List<RequestItem> requests = requests(withPartner);
            List<Meeting> leaderElsewhere = leader == null ? List.of() : h.meetingsWithPerson(leader.id())
                    .stream().filter(m -> !province.id().equals(m.provinceId())).limit(LEADER_OTHER_MEETINGS).toList();
            List<GiftItem> gifts = gifts(all);
            List<GiftItem> giftsToPartner = giftsToPartner(withPartner, leaderElsewhere);
            List<AgreementItem> agreements = agreements();
            List<AidItem> aid = aid();
            List<FigureItem> figures = figures(h.keyFigures(province.id()));
            List<FigureItem> national = figures(h.nationalFigures());
            List<NoteItem> sensitivities = h.sensitivities(province.id()).stream()
                    .peek(s -> recordIds.add(s.id()))
                    .map(s -> new NoteItem(s.kind(), s.date(), s.text(), sources.cite(s.sourceId()))).toList();
            List<LinkItem> links = h.localityLinks(province.id()).stream()
                    .peek(l -> recordIds.add(l.id()))
                    .map(l -> new LinkItem(items.partnerName(l.partnerId()), l.kind(), l.since(), l.provinceAsWritten(),
                            l.note(), sources.cite(l.sourceId()))).toList();

            MeetingItem last = history.isEmpty() ? null : history.get(0);
            PersonItem leaderItem = leader == null ? null : items.person(leader);
            var glance = new BriefModel.Glance(leaderItem, last == null ? List.of() : last.delegation(),
                    last == null ? List.of() : last.hosts(), last, topOpen(requests), figures, giftsToPartner,
                    sensitivities);
            var delegation = new BriefModel.Delegation(partner.name(request.lang()), partner.nameEn(), partner.nameJa(),
                    partner.kind().id(), prefectureName(), posts(),
                    leaderElsewhere.stream().map(items::meeting).toList());
            var provincePart = new BriefModel.ProvincePart(province.nameVi(), province.nameEn(), province.predecessors(),
                    links, figures, national);
            var charts = new BriefModel.Charts(requestsByCategory(requests), meetingsByYear(all), categoryLabels());
            List<BriefModel.TalkingPoint> points = new TalkingPoints(labels).derive(partner.name(request.lang()),
                    history, requests, agreements, aid, sensitivities, links);
            var sourceItems = sourceItems();
            String snapshot = snapshot(history, otherHistory, requests, agreements, aid, gifts, figures, sensitivities);
            var meta = new BriefModel.Meta(province.id(), province.nameVi(), province.nameEn(), partner.id(),
                    partner.name(request.lang()), partner.nameEn(), partner.nameJa(), partner.kind().id(), leaderItem,
                    request.visitDate() == null ? null : request.visitDate().toString(), request.lang(),
                    request.classification() != null ? request.classification() : labels.get("classification.default"),
                    LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), snapshot,
                    List.copyOf(recordIds), request.parts());
            return new BriefModel(meta, glance, delegation, provincePart, history, otherHistory, requests, agreements,
                    aid, gifts, points, charts, sourceItems);
        }

        private List<RequestItem> requests(List<Meeting> meetings) {
            List<RequestThreads.Raised> raised = new ArrayList<>();
            for (Meeting m : meetings) {
                for (Request r : m.requests()) {
                    raised.add(new RequestThreads.Raised(r, m.id(), m.date(), m.partnerId()));
                    recordIds.add(r.id());
                }
            }
            List<RequestItem> out = new ArrayList<>();
            for (RequestThreads.Thread t : RequestThreads.group(raised)) {
                Request latest = t.last().request();
                Set<String> cats = new LinkedHashSet<>();
                Set<String> srcs = new LinkedHashSet<>();
                for (RequestThreads.Raised r : t.occurrences()) {
                    cats.addAll(r.request().categories());
                    if (r.request().sourceId() != null) {
                        srcs.add(r.request().sourceId());
                    }
                }
                List<FollowUp> fus = latest.followUps();
                String followUp = fus.isEmpty() ? null : fus.get(fus.size() - 1).note();
                out.add(new RequestItem(latest.id(), latest.direction(), List.copyOf(cats), latest.text(),
                        latest.status(), t.first().date(), t.last().date(), t.times(),
                        items.partnerName(t.last().partnerId()), followUp, sources.cite(srcs)));
            }
            Map<String, Integer> order = new LinkedHashMap<>();
            categories.forEach(c -> order.put(c.id(), c.order()));
            out.sort(Comparator.comparing((RequestItem r) -> order.getOrDefault(r.categories().get(0), 99))
                    .thenComparing(RequestItem::status)
                    .thenComparing(RequestItem::lastRaised, Comparator.reverseOrder()));
            return out;
        }

        /**
         * The open requests a leader most needs: raised most often first, then those the Japanese side made
         * (an answer is owed), then the most recent.
         */
        private List<RequestItem> topOpen(List<RequestItem> requests) {
            return requests.stream().filter(r -> r.status().isOpen())
                    .sorted(Comparator.comparingInt(RequestItem::timesRaised).reversed()
                            .thenComparing(r -> r.direction() == Direction.JP_TO_VN ? 0 : 1)
                            .thenComparing(RequestItem::lastRaised, Comparator.reverseOrder()))
                    .limit(3).toList();
        }

        private List<GiftItem> gifts(List<Meeting> meetings) {
            List<GiftItem> out = new ArrayList<>();
            for (Meeting m : meetings) {
                for (Gift g : m.gifts()) {
                    recordIds.add(g.id());
                    out.add(items.gift(g, m));
                }
            }
            return out;
        }

        /** Gifts this province gave the partner, and gifts its leader received elsewhere: not to be repeated. */
        private List<GiftItem> giftsToPartner(List<Meeting> withPartner, List<Meeting> leaderElsewhere) {
            List<GiftItem> out = new ArrayList<>();
            for (Meeting m : withPartner) {
                m.gifts().stream().filter(g -> g.direction() == Direction.VN_TO_JP).forEach(g -> out.add(items.gift(g, m)));
            }
            for (Meeting m : leaderElsewhere) {
                m.gifts().stream().filter(g -> g.direction() == Direction.VN_TO_JP
                                && (leader.id().equals(g.receiverPersonId()) || partner.id().equals(m.partnerId())))
                        .forEach(g -> {
                            recordIds.add(g.id());
                            out.add(items.gift(g, m));
                        });
            }
            return out;
        }

        private List<AgreementItem> agreements() {
            return h.agreements(province.id(), null).stream()
                    .sorted(Comparator.comparing(a -> partner.id().equals(a.partnerId()) ? 0 : 1))
                    .peek(a -> recordIds.add(a.id()))
                    .map(a -> new AgreementItem(a.id(), a.title(), a.kind(), a.signedOn(), a.parties(), a.fields(),
                            a.status(), a.provinceAsWritten(), items.partnerName(a.partnerId()),
                            sources.cite(a.sourceId())))
                    .toList();
        }

        private List<AidItem> aid() {
            return h.aidProjects(province.id(), null).stream()
                    .sorted(Comparator.comparing(a -> partner.id().equals(a.partnerId()) ? 0 : 1))
                    .peek(a -> recordIds.add(a.id()))
                    .map(a -> new AidItem(a.id(), a.title(), a.donor(), a.channel(),
                            a.amount() == null ? null : labels.number(a.amount()) + (a.currency() == null ? ""
                                    : " " + a.currency()), a.amountNote(), a.purpose(),
                            labels.get("aid." + a.status().name().toLowerCase()), a.date(),
                            items.partnerName(a.partnerId()), sources.cite(a.sourceId())))
                    .toList();
        }

        private List<FigureItem> figures(List<vn.protocolbrief.domain.KeyFigure> figures) {
            return figures.stream().peek(k -> recordIds.add(k.id()))
                    .map(k -> new FigureItem(k.label(), k.value(), k.unit(), k.asOf(), sources.cite(k.sourceId())))
                    .toList();
        }

        private String prefectureName() {
            if (partner.prefectureCode() == null) {
                return null;
            }
            return h.prefectures().stream().filter(p -> p.code().equals(partner.prefectureCode()))
                    .map(p -> "en".equals(request.lang()) ? p.nameEn() + " (" + p.nameJa() + ")"
                            : "Tỉnh " + p.nameVi() + " (" + p.nameJa() + ")")
                    .findFirst().orElse(null);
        }

        /** The leader's posts, then earlier holders of a post at the same partner with the same title. */
        private List<PostHolder> posts() {
            if (leader == null) {
                return List.of();
            }
            List<PostHolder> out = new ArrayList<>();
            for (Position p : leader.positions()) {
                out.add(new PostHolder(leader.protocolName(), p.title(), p.organisation(), p.from(), p.to(), p.current()));
                for (Person other : persons.values()) {
                    if (other.id().equals(leader.id())) {
                        continue;
                    }
                    other.positions().stream()
                            .filter(q -> q.partnerId() != null && q.partnerId().equals(p.partnerId())
                                    && q.title().equals(p.title()) && q.to().known())
                            .forEach(q -> out.add(new PostHolder(other.protocolName(), q.title(), q.organisation(),
                                    q.from(), q.to(), false)));
                }
            }
            return out;
        }

        private Map<String, Integer> requestsByCategory(List<RequestItem> requests) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (RequestCategory c : categories) {
                int n = (int) requests.stream().filter(r -> r.categories().contains(c.id())).count();
                if (n > 0) {
                    counts.put(c.id(), n);
                }
            }
            return counts;
        }

        private Map<Integer, Integer> meetingsByYear(List<Meeting> meetings) {
            Map<Integer, Integer> byYear = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
            for (Meeting m : meetings) {
                byYear.merge(m.date().yearValue(), 1, Integer::sum);
            }
            return byYear;
        }

        private Map<String, String> categoryLabels() {
            Map<String, String> out = new LinkedHashMap<>();
            categories.forEach(c -> out.put(c.id(), c.label(request.lang())));
            return out;
        }

        private List<BriefModel.SourceItem> sourceItems() {
            List<BriefModel.SourceItem> out = new ArrayList<>();
            sources.all().forEach((id, n) -> h.source(id).ifPresent(s -> {
                recordIds.add(s.id());
                out.add(new BriefModel.SourceItem(n, s.id(), s.title(), s.publication(), s.url(), s.publishedOn()));
            }));
            return out;
        }
    }

    /** A short stamp of the records a pack was made from: same records, same stamp. */
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
