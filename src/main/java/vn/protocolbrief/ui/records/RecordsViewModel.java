package vn.protocolbrief.ui.records;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.AidStatus;
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
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.RequestCategory;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Sensitivity;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Source;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.RecordService;
import vn.protocolbrief.store.Repositories;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.RecordForm;
import vn.protocolbrief.ui.common.RecordForm.Choice;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * The records of the chosen pair beyond the history: agreements, aid, gifts and people; creating, editing
 * and deleting every kind of record (meetings and requests included); and the full record with its
 * sources for whatever row is selected.
 */
public final class RecordsViewModel {
    /** What a selected row is. */
    public enum Kind { MEETING, REQUEST, GIFT, AGREEMENT, AID, PERSON, FIGURE, LINK, SENSITIVITY }

    public record AgreementRow(String id, String date, String title, String parties, String status) {
    }

    public record AidRow(String id, String date, String title, String amount, String status) {
    }

    public record GiftRow(String id, String meetingId, String date, String direction, String item, String giver,
                          String receiver) {
    }

    public record PersonRow(String id, String name, String post, String side) {
    }

    public record FigureRow(String id, String value, String label, String asOf) {
    }

    public record LinkRow(String id, String partner, String kind, String since, String note) {
    }

    public record SensitivityRow(String id, String date, String kind, String text) {
    }

    /** A record shown in full: labelled lines, then where it was read. */
    public record Details(String title, List<String[]> lines, List<String> sources) {
    }

    private final Store store;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages m;
    private final ObjectProperty<Province> province;
    private final ObjectProperty<Partner> partner;
    private final Runnable onChanged;
    private final RecordService records;
    private final Repositories repos = new Repositories();
    private final ObservableList<AgreementRow> agreements = FXCollections.observableArrayList();
    private final ObservableList<AidRow> aid = FXCollections.observableArrayList();
    private final ObservableList<GiftRow> gifts = FXCollections.observableArrayList();
    private final ObservableList<PersonRow> people = FXCollections.observableArrayList();
    private final ObservableList<FigureRow> figures = FXCollections.observableArrayList();
    private final ObservableList<LinkRow> links = FXCollections.observableArrayList();
    private final ObservableList<SensitivityRow> sensitivities = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>();

    /** @param onChanged told after every save or delete, so the other tables reload */
    public RecordsViewModel(Store store, TaskRunner tasks, DialogService dialogs, Messages messages,
                            ObjectProperty<Province> province, ObjectProperty<Partner> partner, Runnable onChanged) {
        this.store = store;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.m = messages;
        this.province = province;
        this.partner = partner;
        this.onChanged = onChanged;
        this.records = new RecordService(store);
        province.addListener((o, a, b) -> refresh());
        partner.addListener((o, a, b) -> refresh());
    }

    /** Everything the edit forms and the tables need about the pair, read in one go off the FX thread. */
    private record Snapshot(List<Meeting> meetings, List<Agreement> agreements, List<AidProject> aid,
                            Map<String, Person> persons, Map<String, Partner> partners, List<KeyFigure> figures,
                            List<LocalityLink> links, List<Sensitivity> sensitivities, List<RequestCategory> categories) {
        Person person(String id) {
            return persons.get(id);
        }
    }

    private Snapshot snapshot(String provinceId, String partnerId) {
        return store.read(h -> new Snapshot(repos.meetings().history(h, provinceId, partnerId),
                repos.agreements().forProvince(h, provinceId, partnerId),
                repos.aidProjects().forProvince(h, provinceId, partnerId),
                repos.persons().all(h).stream().collect(Collectors.toMap(Person::id, Function.identity())),
                repos.partners().all(h).stream().collect(Collectors.toMap(Partner::id, Function.identity())),
                repos.keyFigures().forProvince(h, provinceId), repos.localityLinks().forProvince(h, provinceId),
                repos.sensitivities().forProvince(h, provinceId), repos.reference().categories(h)));
    }

    /** The sources cited, without their full text: publication, title, date and address are what is shown. */
    private Map<String, Source> sources(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return store.read(h -> h.createQuery("SELECT id, publication, url, published_on, title FROM source"
                        + " WHERE id IN (<ids>)").bindList("ids", ids)
                .map((rs, ctx) -> new Source(rs.getString(1), rs.getString(2), rs.getString(3),
                        PartialDate.of(rs.getString(4)), rs.getString(5), ""))
                .collect(Collectors.toMap(Source::id, Function.identity())));
    }

    private Snapshot current() {
        return snapshot(province.get().id(), partner.get() == null ? null : partner.get().id());
    }

    /** Reads the pair off the FX thread, then carries on (a form, a question) on it. */
    private void withSnapshot(java.util.function.Consumer<Snapshot> then) {
        if (!pairChosen()) {
            return;
        }
        tasks.run(this::current, then, this::failed);
    }

    public void refresh() {
        if (province.get() == null) {
            return;
        }
        String provinceId = province.get().id();
        String partnerId = partner.get() == null ? null : partner.get().id();
        Selection shown = selected;
        tasks.run(() -> {
            Snapshot snap = snapshot(provinceId, partnerId);
            return Map.entry(snap, java.util.Optional.ofNullable(shown == null ? null : describeIfThere(snap, shown)));
        }, loaded -> {
            Snapshot s = loaded.getKey();
            agreements.setAll(s.agreements().stream().map(a -> new AgreementRow(a.id(), date(a.signedOn()), a.title(),
                    nz(a.parties()), agreementStatus(a.status()))).toList());
            aid.setAll(s.aid().stream().map(a -> new AidRow(a.id(), date(a.date()), a.title(), a.amount() == null ? ""
                    : a.amount().toPlainString() + " " + nz(a.currency()), m.get("aid." + a.status().name()
                    .toLowerCase(Locale.ROOT)))).toList());
            List<GiftRow> g = new ArrayList<>();
            for (Meeting meeting : s.meetings()) {
                for (Gift gift : meeting.gifts()) {
                    g.add(new GiftRow(gift.id(), meeting.id(), date(meeting.date()), gift.direction().arrow(), gift.item(),
                            who(s, gift.giverPersonId(), gift.giverText()), who(s, gift.receiverPersonId(),
                            gift.receiverText())));
                }
            }
            gifts.setAll(g);
            people.setAll(people(s, provinceId, partnerId));
            figures.setAll(s.figures().stream().map(k -> new FigureRow(k.id(), k.value() + (k.unit() == null ? ""
                    : " " + k.unit()), k.label(), date(k.asOf()))).toList());
            links.setAll(s.links().stream().map(l -> new LinkRow(l.id(), partnerName(s, l.partnerId()), nz(l.kind()),
                    l.since().known() ? l.since().display() : "", nz(l.note()))).toList());
            sensitivities.setAll(s.sensitivities().stream().map(x -> new SensitivityRow(x.id(), date(x.date()),
                    m.get("sensitivity." + x.kind()), x.text())).toList());
            // The selected record stays shown, as it now is; not in this pair (deleted, or a search on its way to
            // its pair, which sets province and partner one after the other), the pane is empty until it is.
            details.set(loaded.getValue().orElse(null));
        }, this::failed);
    }

    /** The people of the pair: everyone at its meetings, and anyone holding a post at the partner or the province. */
    private List<PersonRow> people(Snapshot s, String provinceId, String partnerId) {
        Set<String> ids = new HashSet<>();
        s.meetings().forEach(mt -> mt.participants().forEach(p -> ids.add(p.personId())));
        for (Person p : s.persons().values()) {
            if (p.positions().stream().anyMatch(pos -> provinceId.equals(pos.provinceId())
                    || partnerId != null && partnerId.equals(pos.partnerId()))) {
                ids.add(p.id());
            }
        }
        return ids.stream().map(s::person).filter(p -> p != null)
                .sorted(java.util.Comparator.comparing((Person p) -> p.nationality() != Nationality.JP)
                        .thenComparing(p -> Text.key(p.protocolName())))
                .map(p -> new PersonRow(p.id(), p.displayName(), post(p), m.get("nationality." + p.nationality().name()
                        .toLowerCase(Locale.ROOT)))).toList();
    }

    private static String post(Person p) {
        return p.positions().stream().filter(Position::current).findFirst().or(() -> p.positions().stream().findFirst())
                .map(pos -> pos.title() + (pos.organisation() == null || pos.title().contains(pos.organisation()) ? ""
                        : ", " + pos.organisation())).orElse("");
    }

    // ---- details ---------------------------------------------------------------------------------------------

    /** Shows the full record of a selected row with its sources. */
    public void select(Kind kind, String id) {
        if (id == null || province.get() == null) {
            selected = null;
            details.set(null);
            return;
        }
        Selection wanted = new Selection(kind, id);
        selected = wanted;
        tasks.run(() -> describeIfThere(current(), wanted), d -> {
            if (selected == wanted) {
                details.set(d);
            }
        }, this::failed);
    }

    /** The record whose details are shown; kept so that they follow edits, and a search hit in another pair. */
    private record Selection(Kind kind, String id) {
    }

    private volatile Selection selected;

    /** The record's details, or null when the pair shown has no such record (yet: a search may be changing it). */
    private Details describeIfThere(Snapshot s, Selection wanted) {
        try {
            return describe(s, wanted.kind(), wanted.id());
        } catch (java.util.NoSuchElementException | IllegalStateException e) {
            return null;
        }
    }

    private Details describe(Snapshot s, Kind kind, String id) {
        List<String[]> lines = new ArrayList<>();
        List<String> sourceIds = new ArrayList<>();
        String title;
        switch (kind) {
            case MEETING -> {
                Meeting mt = meeting(s, id);
                title = nz(mt.title());
                line(lines, "rec.date", date(mt.date()));
                line(lines, "rec.asWritten", mt.provinceAsWritten());
                line(lines, "rec.venue", mt.venue());
                line(lines, "rec.partner", mt.partnerId() == null ? null : s.partners().get(mt.partnerId()).name(m.lang()));
                for (Participant p : mt.participants()) {
                    line(lines, "role." + p.role().name().toLowerCase(Locale.ROOT), who(s, p.personId(), null)
                            + (p.title() == null ? "" : " — " + p.title()));
                }
                line(lines, "rec.summary", mt.summary());
                line(lines, "rec.outcome", mt.outcome());
                mt.requests().forEach(r -> line(lines, "rec.request", r.direction().arrow() + " " + r.text()));
                mt.gifts().forEach(g -> line(lines, "rec.gift", g.item()));
                sourceIds.addAll(mt.sourceIds());
            }
            case REQUEST -> {
                Meeting mt = s.meetings().stream().filter(x -> x.requests().stream().anyMatch(r -> r.id().equals(id)))
                        .findFirst().orElseThrow();
                Request r = mt.requests().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                title = r.text();
                line(lines, "rec.direction", r.direction().arrow());
                line(lines, "rec.categories", r.categories().stream().map(c -> category(s, c)).collect(Collectors.joining(", ")));
                line(lines, "rec.status", m.get("status." + r.status().name().toLowerCase(Locale.ROOT)));
                line(lines, "rec.meeting", date(mt.date()) + " · " + nz(mt.title()));
                r.followUps().forEach(f -> line(lines, "rec.followUp", date(f.date()) + " · "
                        + m.get("status." + f.status().name().toLowerCase(Locale.ROOT)) + " · " + nz(f.note())));
                add(sourceIds, r.sourceId());
                if (r.sourceId() == null) {
                    sourceIds.addAll(mt.sourceIds());
                }
            }
            case GIFT -> {
                Meeting mt = s.meetings().stream().filter(x -> x.gifts().stream().anyMatch(g -> g.id().equals(id)))
                        .findFirst().orElseThrow();
                Gift g = mt.gifts().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                title = g.item();
                line(lines, "rec.direction", g.direction().arrow());
                line(lines, "rec.giver", who(s, g.giverPersonId(), g.giverText()));
                line(lines, "rec.receiver", who(s, g.receiverPersonId(), g.receiverText()));
                line(lines, "rec.meeting", date(mt.date()) + " · " + nz(mt.title()));
                add(sourceIds, g.sourceId());
            }
            case AGREEMENT -> {
                Agreement a = s.agreements().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                title = a.title();
                line(lines, "rec.kind", a.kind());
                line(lines, "rec.signedOn", date(a.signedOn()));
                line(lines, "rec.parties", a.parties());
                line(lines, "rec.fields", a.fields());
                line(lines, "rec.status", agreementStatus(a.status()));
                line(lines, "rec.asWritten", a.provinceAsWritten());
                add(sourceIds, a.sourceId());
            }
            case AID -> {
                AidProject a = s.aid().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                title = a.title();
                line(lines, "rec.date", date(a.date()));
                line(lines, "rec.donor", a.donor());
                line(lines, "rec.channel", a.channel());
                line(lines, "rec.amount", a.amount() == null ? a.amountNote() : a.amount().toPlainString() + " "
                        + nz(a.currency()) + (a.amountNote() == null ? "" : " (" + a.amountNote() + ")"));
                line(lines, "rec.purpose", a.purpose());
                line(lines, "rec.status", m.get("aid." + a.status().name().toLowerCase(Locale.ROOT)));
                add(sourceIds, a.sourceId());
            }
            case FIGURE -> {
                KeyFigure k = s.figures().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                title = k.value() + (k.unit() == null ? "" : " " + k.unit()) + " — " + k.label();
                line(lines, "rec.asOf", date(k.asOf()));
                add(sourceIds, k.sourceId());
            }
            case LINK -> {
                LocalityLink l = s.links().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                title = partnerName(s, l.partnerId());
                line(lines, "rec.kind", l.kind());
                line(lines, "rec.since", l.since().known() ? l.since().display() : null);
                line(lines, "rec.asWritten", l.provinceAsWritten());
                line(lines, "rec.note", l.note());
                add(sourceIds, l.sourceId());
            }
            case SENSITIVITY -> {
                Sensitivity x = s.sensitivities().stream().filter(y -> y.id().equals(id)).findFirst().orElseThrow();
                title = x.text();
                line(lines, "rec.kind", m.get("sensitivity." + x.kind()));
                line(lines, "rec.date", date(x.date()));
                line(lines, "rec.partner", x.partnerId() == null ? null : partnerName(s, x.partnerId()));
                add(sourceIds, x.sourceId());
            }
            default -> {
                Person p = java.util.Optional.ofNullable(s.person(id)).orElseThrow();
                title = p.displayName();
                line(lines, "rec.nationality", m.get("nationality." + p.nationality().name().toLowerCase(Locale.ROOT)));
                line(lines, "rec.honorific", p.honorific());
                for (Position pos : p.positions()) {
                    line(lines, pos.current() ? "rec.postNow" : "rec.postPast", pos.title()
                            + (pos.organisation() == null ? "" : ", " + pos.organisation())
                            + (pos.from().known() || pos.to().known() ? " (" + (pos.from().known() ? pos.from().display() : "…")
                            + " – " + (pos.to().known() ? pos.to().display() : "") + ")" : ""));
                    add(sourceIds, pos.sourceId());
                }
                line(lines, "rec.note", p.note());
                s.meetings().stream().filter(x -> x.participants().stream().anyMatch(q -> q.personId().equals(id)))
                        .forEach(x -> line(lines, "rec.meeting", date(x.date()) + " · " + nz(x.title())));
            }
        }
        Map<String, Source> cited = sources(sourceIds.stream().distinct().toList());
        List<String> sources = sourceIds.stream().distinct().map(cited::get).filter(x -> x != null)
                .map(src -> String.join(" · ", nonBlank(src.publication(), src.title(), src.publishedOn().known()
                        ? src.publishedOn().display() : null, src.url()))).toList();
        return new Details(title, lines, sources);
    }

    // ---- meetings ------------------------------------------------------------------------------------------

    /** Creates (id null) or edits a meeting of the chosen pair. */
    public void editMeeting(String id) {
        withSnapshot(s -> editMeeting(s, id));
    }

    private void editMeeting(Snapshot s, String id) {
        Meeting mt = id == null ? null : meeting(s, id);
        Map<String, Person> byName = new LinkedHashMap<>();
        s.persons().values().forEach(p -> {
            byName.put(Text.key(p.protocolName()), p);
            byName.put(Text.key(p.fullName()), p);
            if (p.givenName() != null) {
                byName.put(Text.key(p.givenName() + " " + p.familyName()), p);
            }
        });
        Participant leader = mt == null ? null : mt.leader().orElse(null);
        RecordForm f = new RecordForm(m.get(id == null ? "rec.newMeeting" : "rec.editMeeting"))
                .date("date", m.get("rec.date"), mt == null ? null : mt.date(), false)
                .text("title", m.get("rec.title"), mt == null ? null : mt.title(), true)
                .text("asWritten", m.get("rec.asWritten"), mt == null ? province.get().nameVi() : mt.provinceAsWritten(), true)
                .text("venue", m.get("rec.venue"), mt == null ? null : mt.venue(), false)
                .text("leader", m.get("rec.leaderName"), leader == null ? null : s.person(leader.personId()).protocolName(), false)
                .text("leaderTitle", m.get("rec.leaderTitle"), leader == null ? null : leader.title(), false)
                .area("summary", m.get("rec.summary"), mt == null ? null : mt.summary(), false, null)
                .area("outcome", m.get("rec.outcome"), mt == null ? null : mt.outcome(), false, null)
                .rule("leader", v -> byName.containsKey(Text.key(v)) ? null : "form.error.person");
        if (!dialogs.edit(f)) {
            return;
        }
        List<Participant> who = new ArrayList<>(mt == null ? List.of() : mt.participants());
        who.removeIf(p -> p.role() == ParticipantRole.LEADER);
        if (f.value("leader") != null) {
            who.add(0, new Participant(byName.get(Text.key(f.value("leader"))).id(), Side.JP, ParticipantRole.LEADER,
                    f.value("leaderTitle")));
        }
        String meetingId = id != null ? id : RecordService.newId("m-" + (f.date("date").known() ? f.date("date").iso()
                : "undated") + "-" + province.get().id());
        Meeting saved = new Meeting(meetingId, f.date("date"), province.get().id(), f.value("asWritten"), f.value("venue"),
                partner.get().id(), f.value("title"), f.value("summary"), f.value("outcome"),
                mt == null ? List.of() : mt.sourceIds(), who, mt == null ? List.of() : mt.requests(),
                mt == null ? List.of() : mt.gifts());
        write(() -> records.saveMeeting(saved));
    }

    public void deleteMeeting(String id, String title) {
        if (id != null && dialogs.confirm(m.get("rec.deleteTitle"), m.format("rec.deleteMeeting", title))) {
            write(() -> records.deleteMeeting(id));
        }
    }

    // ---- requests ------------------------------------------------------------------------------------------

    /** Creates (id null) or edits a request; a new one goes to {@code meetingId}, or the newest meeting. */
    public void editRequest(String id, String meetingId) {
        withSnapshot(s -> editRequest(s, id, meetingId));
    }

    private void editRequest(Snapshot s, String id, String meetingId) {
        if (s.meetings().isEmpty()) {
            dialogs.showError(m.get("error.title"), m.get("rec.noMeeting"));
            return;
        }
        Meeting owner = id == null ? s.meetings().stream().filter(x -> x.id().equals(meetingId)).findFirst()
                .orElse(s.meetings().get(0)) : s.meetings().stream()
                .filter(x -> x.requests().stream().anyMatch(r -> r.id().equals(id))).findFirst().orElseThrow();
        Request r = id == null ? null : owner.requests().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        RecordForm f = new RecordForm(m.get(id == null ? "rec.newRequest" : "rec.editRequest"))
                .choice("meeting", m.get("rec.meeting"), owner.id(), meetingChoices(s))
                .choice("direction", m.get("rec.direction"), r == null ? null : r.direction().name(), directions())
                .choice("category", m.get("rec.category"), r == null || r.categories().isEmpty() ? null
                        : r.categories().get(0), s.categories().stream().map(c -> new Choice(c.id(), c.label(m.lang()))).toList())
                .area("text", m.get("rec.requestText"), r == null ? null : r.text(), true, null)
                .choice("status", m.get("rec.status"), r == null ? null : r.status().name(), statuses());
        if (!dialogs.edit(f)) {
            return;
        }
        List<String> categories = new ArrayList<>();
        categories.add(f.value("category"));
        if (r != null) {
            r.categories().stream().filter(c -> !categories.contains(c)).forEach(categories::add);
        }
        Request saved = new Request(id != null ? id : RecordService.newId(f.value("meeting") + "-r"),
                Direction.valueOf(f.value("direction")), categories, f.value("text"),
                RequestStatus.valueOf(f.value("status")), r == null ? null : r.threadKey(), r == null ? null : r.sourceId(),
                r == null ? List.of() : r.followUps());
        String target = f.value("meeting");
        write(() -> {
            if (!target.equals(owner.id())) {
                records.deleteRequest(owner.id(), saved.id());
            }
            records.saveRequest(target, saved);
        });
    }

    public void deleteRequest(String id, String text) {
        if (id == null) {
            return;
        }
        if (dialogs.confirm(m.get("rec.deleteTitle"), m.format("rec.deleteRequest", text))) {
            write(() -> records.deleteRequest(records.meetingOfRequest(id), id));
        }
    }

    // ---- gifts ---------------------------------------------------------------------------------------------

    public void editGift(GiftRow row) {
        withSnapshot(s -> editGift(s, row));
    }

    private void editGift(Snapshot s, GiftRow row) {
        if (s.meetings().isEmpty()) {
            dialogs.showError(m.get("error.title"), m.get("rec.noMeeting"));
            return;
        }
        Gift g = row == null ? null : meeting(s, row.meetingId()).gifts().stream().filter(x -> x.id().equals(row.id()))
                .findFirst().orElseThrow();
        RecordForm f = new RecordForm(m.get(row == null ? "rec.newGift" : "rec.editGift"))
                .choice("meeting", m.get("rec.meeting"), row == null ? s.meetings().get(0).id() : row.meetingId(),
                        meetingChoices(s))
                .choice("direction", m.get("rec.direction"), g == null ? null : g.direction().name(), directions())
                .text("item", m.get("rec.item"), g == null ? null : g.item(), true)
                .text("giver", m.get("rec.giver"), g == null ? null : who(s, g.giverPersonId(), g.giverText()), false)
                .text("receiver", m.get("rec.receiver"), g == null ? null : who(s, g.receiverPersonId(), g.receiverText()),
                        false);
        if (!dialogs.edit(f)) {
            return;
        }
        boolean sameGiver = g != null && Text.key(nz(who(s, g.giverPersonId(), g.giverText()))).equals(Text.key(nz(f.value("giver"))));
        boolean sameReceiver = g != null && Text.key(nz(who(s, g.receiverPersonId(), g.receiverText())))
                .equals(Text.key(nz(f.value("receiver"))));
        Gift saved = new Gift(g != null ? g.id() : RecordService.newId(f.value("meeting") + "-g"), f.value("item"),
                Direction.valueOf(f.value("direction")), sameGiver ? g.giverPersonId() : null,
                sameGiver ? g.giverText() : f.value("giver"), sameReceiver ? g.receiverPersonId() : null,
                sameReceiver ? g.receiverText() : f.value("receiver"), g == null ? null : g.sourceId());
        String target = f.value("meeting");
        write(() -> {
            if (row != null && !target.equals(row.meetingId())) {
                records.deleteGift(row.meetingId(), saved.id());
            }
            records.saveGift(target, saved);
        });
    }

    public void deleteGift(GiftRow row) {
        if (row != null && dialogs.confirm(m.get("rec.deleteTitle"), m.format("rec.deleteGift", row.item()))) {
            write(() -> records.deleteGift(row.meetingId(), row.id()));
        }
    }

    // ---- agreements and aid --------------------------------------------------------------------------------

    public void editAgreement(String id) {
        withSnapshot(s -> editAgreement(s, id));
    }

    private void editAgreement(Snapshot s, String id) {
        Agreement a = id == null ? null : s.agreements().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        RecordForm f = new RecordForm(m.get(id == null ? "rec.newAgreement" : "rec.editAgreement"))
                .text("title", m.get("rec.title"), a == null ? null : a.title(), true)
                .choice("kind", m.get("rec.kind"), a == null ? "agreement" : a.kind(), List.of(
                        new Choice("mou", m.get("agreement.mou")), new Choice("agreement", m.get("agreement.agreement")),
                        new Choice("friendship", m.get("agreement.friendship"))))
                .date("signedOn", m.get("rec.signedOn"), a == null ? null : a.signedOn(), false)
                .text("parties", m.get("rec.parties"), a == null ? null : a.parties(), false)
                .text("fields", m.get("rec.fields"), a == null ? null : a.fields(), false)
                .choice("status", m.get("rec.status"), a == null ? "signed" : a.status(), agreementStatuses(a))
                .choice("meeting", m.get("rec.meeting"), a == null ? "" : nz(a.meetingId()), withNone(meetingChoices(s)));
        if (!dialogs.edit(f)) {
            return;
        }
        Agreement saved = new Agreement(id != null ? id : RecordService.newId("agr-" + province.get().id()),
                f.value("meeting"), province.get().id(), a == null ? province.get().nameVi() : a.provinceAsWritten(),
                partner.get().id(), f.value("kind"), f.value("title"), f.date("signedOn"), f.value("parties"),
                f.value("fields"), f.value("status"), a == null ? null : a.sourceId());
        write(() -> records.saveAgreement(saved));
    }

    public void deleteAgreement(AgreementRow row) {
        if (row != null && dialogs.confirm(m.get("rec.deleteTitle"), m.format("rec.deleteAgreement", row.title()))) {
            write(() -> records.deleteAgreement(row.id()));
        }
    }

    public void editAid(String id) {
        withSnapshot(s -> editAid(s, id));
    }

    private void editAid(Snapshot s, String id) {
        AidProject a = id == null ? null : s.aid().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        RecordForm f = new RecordForm(m.get(id == null ? "rec.newAid" : "rec.editAid"))
                .text("title", m.get("rec.title"), a == null ? null : a.title(), true)
                .date("date", m.get("rec.date"), a == null ? null : a.date(), false)
                .text("donor", m.get("rec.donor"), a == null ? null : a.donor(), false)
                .text("channel", m.get("rec.channel"), a == null ? null : a.channel(), false)
                .number("amount", m.get("rec.amount"), a == null ? null : a.amount())
                .text("currency", m.get("rec.currency"), a == null ? null : a.currency(), false)
                .area("purpose", m.get("rec.purpose"), a == null ? null : a.purpose(), false, null)
                .choice("status", m.get("rec.status"), a == null ? AidStatus.APPROVED.name() : a.status().name(),
                        java.util.Arrays.stream(AidStatus.values()).map(x -> new Choice(x.name(),
                                m.get("aid." + x.name().toLowerCase(Locale.ROOT)))).toList())
                .choice("meeting", m.get("rec.meeting"), a == null ? "" : nz(a.meetingId()), withNone(meetingChoices(s)));
        if (!dialogs.edit(f)) {
            return;
        }
        AidProject saved = new AidProject(id != null ? id : RecordService.newId("aid-" + province.get().id()),
                f.value("meeting"), province.get().id(), partner.get().id(), f.value("title"), f.value("donor"),
                f.value("channel"), f.number("amount"), f.value("currency"), a == null ? null : a.amountNote(),
                f.value("purpose"), AidStatus.valueOf(f.value("status")), f.date("date"), a == null ? null : a.sourceId());
        write(() -> records.saveAid(saved));
    }

    public void deleteAid(AidRow row) {
        if (row != null && dialogs.confirm(m.get("rec.deleteTitle"), m.format("rec.deleteAid", row.title()))) {
            write(() -> records.deleteAid(row.id()));
        }
    }

    // ---- province context: figures, ties, sensitivities -------------------------------------------------------

    public void editFigure(String id) {
        withSnapshot(s -> editFigure(s, id));
    }

    private void editFigure(Snapshot s, String id) {
        KeyFigure k = id == null ? null : s.figures().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        RecordForm f = new RecordForm(m.get(id == null ? "rec.newFigure" : "rec.editFigure"))
                .text("value", m.get("rec.value"), k == null ? null : k.value(), true)
                .text("unit", m.get("rec.unit"), k == null ? null : k.unit(), false)
                .text("label", m.get("rec.label"), k == null ? null : k.label(), true)
                .date("asOf", m.get("rec.asOf"), k == null ? null : k.asOf(), false);
        if (dialogs.edit(f)) {
            KeyFigure saved = new KeyFigure(id != null ? id : RecordService.newId("kf-" + province.get().id()),
                    province.get().id(), k == null ? null : k.partnerId(), f.value("label"), f.value("value"),
                    f.value("unit"), f.date("asOf"), k == null ? null : k.sourceId());
            write(() -> records.saveFigure(saved));
        }
    }

    public void deleteFigure(FigureRow row) {
        if (row != null && dialogs.confirm(m.get("rec.deleteTitle"), m.format("rec.deleteOther", row.label()))) {
            write(() -> records.deleteFigure(row.id()));
        }
    }

    public void editLink(String id) {
        withSnapshot(s -> editLink(s, id));
    }

    private void editLink(Snapshot s, String id) {
        LocalityLink l = id == null ? null : s.links().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        List<Choice> partnerChoices = s.partners().values().stream()
                .sorted(java.util.Comparator.comparing((Partner p) -> p.kind().ordinal()).thenComparing(p -> Text.key(p.name(m.lang()))))
                .map(p -> new Choice(p.id(), p.name(m.lang()))).toList();
        RecordForm f = new RecordForm(m.get(id == null ? "rec.newLink" : "rec.editLink"))
                .choice("partner", m.get("rec.partner"), l == null ? partner.get().id() : l.partnerId(), partnerChoices)
                .text("kind", m.get("rec.kind"), l == null ? null : l.kind(), true)
                .date("since", m.get("rec.since"), l == null ? null : l.since(), false)
                .text("asWritten", m.get("rec.asWritten"), l == null ? province.get().nameVi() : l.provinceAsWritten(), false)
                .area("note", m.get("rec.note"), l == null ? null : l.note(), false, null);
        if (dialogs.edit(f)) {
            LocalityLink saved = new LocalityLink(id != null ? id : RecordService.newId("ll-" + province.get().id()),
                    province.get().id(), f.value("asWritten"), f.value("partner"), f.value("kind"), f.date("since"),
                    f.value("note"), l == null ? null : l.sourceId());
            write(() -> records.saveLink(saved));
        }
    }

    public void deleteLink(LinkRow row) {
        if (row != null && dialogs.confirm(m.get("rec.deleteTitle"), m.format("rec.deleteOther", row.partner()))) {
            write(() -> records.deleteLink(row.id()));
        }
    }

    public void editSensitivity(String id) {
        withSnapshot(s -> editSensitivity(s, id));
    }

    private void editSensitivity(Snapshot s, String id) {
        Sensitivity x = id == null ? null : s.sensitivities().stream().filter(y -> y.id().equals(id)).findFirst()
                .orElseThrow();
        RecordForm f = new RecordForm(m.get(id == null ? "rec.newSensitivity" : "rec.editSensitivity"))
                .choice("kind", m.get("rec.kind"), x == null ? "other" : x.kind(), java.util.stream.Stream.of("disaster",
                        "condolence", "anniversary", "other").map(k -> new Choice(k, m.get("sensitivity." + k))).toList())
                .date("date", m.get("rec.date"), x == null ? null : x.date(), false)
                .area("text", m.get("rec.sensitivityText"), x == null ? null : x.text(), true, null)
                .choice("partner", m.get("rec.partner"), x == null ? "" : nz(x.partnerId()), List.of(
                        new Choice("", m.get("rec.anyPartner")), new Choice(partner.get().id(), partner.get().name(m.lang()))));
        if (dialogs.edit(f)) {
            Sensitivity saved = new Sensitivity(id != null ? id : RecordService.newId("sens-" + province.get().id()),
                    province.get().id(), f.value("partner"), f.value("kind"), f.date("date"), f.value("text"),
                    x == null ? null : x.sourceId());
            write(() -> records.saveSensitivity(saved));
        }
    }

    public void deleteSensitivity(SensitivityRow row) {
        if (row != null && dialogs.confirm(m.get("rec.deleteTitle"), m.format("rec.deleteOther", row.text()))) {
            write(() -> records.deleteSensitivity(row.id()));
        }
    }

    // ---- people --------------------------------------------------------------------------------------------

    /** Posts are edited one per line: "title | organisation | from | to" (dates optional). */
    public void editPerson(String id) {
        withSnapshot(s -> editPerson(s, id));
    }

    private void editPerson(Snapshot s, String id) {
        Person p = id == null ? null : s.person(id);
        StringBuilder posts = new StringBuilder();
        if (p != null) {
            for (Position pos : p.positions()) {
                posts.append(pos.title()).append(" | ").append(nz(pos.organisation())).append(" | ")
                        .append(pos.from().known() ? pos.from().iso() : "").append(" | ")
                        .append(pos.to().known() ? pos.to().iso() : "").append('\n');
            }
        }
        RecordForm f = new RecordForm(m.get(id == null ? "rec.newPerson" : "rec.editPerson"))
                .text("family", m.get("rec.family"), p == null ? null : p.familyName(), true)
                .text("given", m.get("rec.given"), p == null ? null : p.givenName(), false)
                .text("kanji", m.get("rec.kanji"), p == null ? null : p.kanji(), false)
                .choice("nationality", m.get("rec.nationality"), p == null ? null : p.nationality().name(),
                        java.util.Arrays.stream(Nationality.values()).map(n -> new Choice(n.name(),
                                m.get("nationality." + n.name().toLowerCase(Locale.ROOT)))).toList())
                .text("honorific", m.get("rec.honorific"), p == null ? null : p.honorific(), false)
                .area("posts", m.get("rec.posts"), posts.toString().strip(), false, m.get("rec.postsPrompt"))
                .area("note", m.get("rec.note"), p == null ? null : p.note(), false, null)
                .rule("posts", RecordsViewModel::postsError);
        if (!dialogs.edit(f)) {
            return;
        }
        String personId = id != null ? id : RecordService.newId(Text.key(f.value("family") + " " + nz(f.value("given")))
                .replace(' ', '-'));
        List<Position> positions = new ArrayList<>();
        String[] lines = f.value("posts") == null ? new String[0] : f.value("posts").split("\n");
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = (line + " | | | ").split("\\|", -1);
            Position old = p == null ? null : p.positions().stream().filter(x -> x.title().equals(c[0].strip()))
                    .findFirst().orElse(null);
            positions.add(new Position(personId + "#" + positions.size(), c[0].strip(), blankToNull(c[1]),
                    old == null ? (Nationality.valueOf(f.value("nationality")) == Nationality.JP ? partner.get().id() : null)
                            : old.partnerId(),
                    old == null ? (Nationality.valueOf(f.value("nationality")) == Nationality.VN ? province.get().id() : null)
                            : old.provinceId(),
                    PartialDate.of(blankToNull(c[2])), PartialDate.of(blankToNull(c[3])), old == null ? null : old.sourceId()));
        }
        Person saved = new Person(personId, f.value("family"), f.value("given"), f.value("kanji"),
                Nationality.valueOf(f.value("nationality")), f.value("honorific"), f.value("note"), positions);
        write(() -> records.savePerson(saved));
    }

    static String postsError(String text) {
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = (line + " | | | ").split("\\|", -1);
            if (c[0].isBlank()) {
                return "form.error.postTitle";
            }
            try {
                PartialDate.of(blankToNull(c[2]));
                PartialDate.of(blankToNull(c[3]));
            } catch (IllegalArgumentException e) {
                return "form.error.date";
            }
        }
        return null;
    }

    public void deletePerson(PersonRow row) {
        if (row == null) {
            return;
        }
        tasks.run(() -> records.meetingsOf(row.id()), meetings -> {
            if (meetings > 0) {
                dialogs.showError(m.get("rec.deleteTitle"), m.format("rec.personInUse", row.name(), meetings));
            } else if (dialogs.confirm(m.get("rec.deleteTitle"), m.format("rec.deletePerson", row.name()))) {
                write(() -> records.deletePerson(row.id()));
            }
        }, this::failed);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private boolean pairChosen() {
        if (province.get() == null || partner.get() == null) {
            dialogs.showError(m.get("error.title"), m.get("composer.choose"));
            return false;
        }
        return true;
    }

    /** Writes off the FX thread, then reloads every table; a refused write changes nothing and says why. */
    private void write(Runnable change) {
        tasks.run(() -> {
            change.run();
            return null;
        }, ignored -> {
            onChanged.run();
            refresh();
        }, this::failed);
    }

    private void failed(Throwable e) {
        dialogs.showError(m.get("error.title"), e.getMessage());
    }

    private List<Choice> meetingChoices(Snapshot s) {
        return s.meetings().stream().map(x -> new Choice(x.id(), date(x.date()) + " · " + shorten(nz(x.title()), 70)))
                .toList();
    }

    /** Where an agreement stands; the store keeps an id ("signed"), older records may hold free text. */
    private static final List<String> AGREEMENT_STATUSES = List.of("proposed", "signed", "in_effect", "expired");

    private String agreementStatus(String value) {
        return value != null && AGREEMENT_STATUSES.contains(value) ? m.get("agreement.status." + value) : nz(value);
    }

    private List<Choice> agreementStatuses(Agreement a) {
        List<Choice> out = new ArrayList<>(AGREEMENT_STATUSES.stream().map(x -> new Choice(x, agreementStatus(x))).toList());
        if (a != null && a.status() != null && !AGREEMENT_STATUSES.contains(a.status())) {
            out.add(new Choice(a.status(), a.status()));
        }
        return out;
    }

    private List<Choice> withNone(List<Choice> choices) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("", m.get("rec.noneMeeting")));
        out.addAll(choices);
        return out;
    }

    private static List<Choice> directions() {
        return java.util.Arrays.stream(Direction.values()).map(d -> new Choice(d.name(), d.arrow())).toList();
    }

    private List<Choice> statuses() {
        return java.util.Arrays.stream(RequestStatus.values()).map(x -> new Choice(x.name(),
                m.get("status." + x.name().toLowerCase(Locale.ROOT)))).toList();
    }

    private static Meeting meeting(Snapshot s, String id) {
        return s.meetings().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No meeting " + id + " for this pair."));
    }

    private String partnerName(Snapshot s, String partnerId) {
        Partner p = partnerId == null ? null : s.partners().get(partnerId);
        return p == null ? nz(partnerId) : p.name(m.lang());
    }

    private static String who(Snapshot s, String personId, String text) {
        Person p = personId == null ? null : s.person(personId);
        return p != null ? p.displayName() : nz(text);
    }

    private String category(Snapshot s, String id) {
        return s.categories().stream().filter(c -> c.id().equals(id)).map(c -> c.label(m.lang())).findFirst().orElse(id);
    }

    private void line(List<String[]> lines, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new String[]{m.get(labelKey), value});
        }
    }

    private static void add(List<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private String date(PartialDate d) {
        return d.known() ? d.display() : m.get("date.unknown");
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static List<String> nonBlank(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObservableList<AgreementRow> agreements() {
        return agreements;
    }

    public ObservableList<AidRow> aid() {
        return aid;
    }

    public ObservableList<GiftRow> gifts() {
        return gifts;
    }

    public ObservableList<PersonRow> people() {
        return people;
    }

    public ObservableList<FigureRow> figures() {
        return figures;
    }

    public ObservableList<LinkRow> links() {
        return links;
    }

    public ObservableList<SensitivityRow> sensitivities() {
        return sensitivities;
    }

    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }
}
