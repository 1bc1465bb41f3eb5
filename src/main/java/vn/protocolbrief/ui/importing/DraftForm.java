package vn.protocolbrief.ui.importing;

import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft;
import vn.protocolbrief.ingest.Draft.PersonRef;
import vn.protocolbrief.ui.importing.DraftItems.AgreementItem;
import vn.protocolbrief.ui.importing.DraftItems.CommitmentItem;
import vn.protocolbrief.ui.importing.DraftItems.ThanksItem;
import vn.protocolbrief.ui.importing.DraftItems.AidItem;
import vn.protocolbrief.ui.importing.DraftItems.FigureItem;
import vn.protocolbrief.ui.importing.DraftItems.GiftItem;
import vn.protocolbrief.ui.importing.DraftItems.Item;
import vn.protocolbrief.ui.importing.DraftItems.LocalityItem;
import vn.protocolbrief.ui.importing.DraftItems.RequestItem;

/**
 * A draft under review: every extracted field as an editable property, each with the sentence it came
 * from. {@link #errors()} says what must be fixed before saving; {@link #toDraft()} gives the reviewed draft.
 */
public final class DraftForm {
    private final Draft original;
    public final StringProperty date;
    public final ObjectProperty<Province> province = new SimpleObjectProperty<>();
    public final StringProperty provinceAsWritten;
    public final StringProperty venue;
    /** The partner when it is in the store; null means a new partner named {@link #newPartnerName}. */
    public final ObjectProperty<Partner> partner = new SimpleObjectProperty<>();
    public final StringProperty newPartnerName;
    public final ObjectProperty<PartnerKind> newPartnerKind;
    /** Stored people of the leader's name, and which of them the leader is (null: a new person). */
    public final List<Draft.Namesake> leaderNamesakes;
    public final ObjectProperty<Draft.Namesake> leaderIdentity = new SimpleObjectProperty<>();
    /** How the article names the partner; kept as the office's own name for it when the partner was corrected. */
    public final StringProperty partnerAsWritten;
    public final StringProperty leaderName;
    public final StringProperty leaderTitle;
    /** One person per line: "Name — title". */
    public final StringProperty members;
    public final StringProperty hosts;
    /** A meeting recorded by hand: our side's people who attended without hosting ("Name — title" lines). */
    public final StringProperty attendees = new SimpleStringProperty("");
    /** A meeting recorded by hand: what the officer writes of it, saved with it (no second trip through Edit). */
    public final StringProperty summary = new SimpleStringProperty("");
    public final StringProperty outcome = new SimpleStringProperty("");
    public final StringProperty sourceTitle;
    /** The source's text: the article's, or what the officer pastes or types for a meeting recorded by hand. */
    public final StringProperty sourceText;
    public final StringProperty publication;
    public final StringProperty url;
    public final StringProperty published;
    public final ObservableList<RequestItem> requests = FXCollections.observableArrayList();
    public final ObservableList<GiftItem> gifts = FXCollections.observableArrayList();
    public final ObservableList<AgreementItem> agreements = FXCollections.observableArrayList();
    public final ObservableList<CommitmentItem> commitments = FXCollections.observableArrayList();
    public final ObservableList<ThanksItem> thanks = FXCollections.observableArrayList();
    public final ObservableList<AidItem> aid = FXCollections.observableArrayList();
    public final ObservableList<FigureItem> figures = FXCollections.observableArrayList();
    public final ObservableList<LocalityItem> localities = FXCollections.observableArrayList();
    private final BooleanProperty edited = new SimpleBooleanProperty(false);

    /** Dates are shown and typed as the window's language writes them (03/12/2026; 3 Dec 2026). */
    private final String lang;

    public DraftForm(Draft d, List<Province> provinces, List<Partner> partners) {
        this(d, provinces, partners, "vi");
    }

    public DraftForm(Draft d, List<Province> provinces, List<Partner> partners, String lang) {
        this.original = d;
        this.lang = lang;
        date = new SimpleStringProperty(shown(d.date()));
        if (d.province() != null) {
            province.set(provinces.stream().filter(p -> p.id().equals(d.province().id())).findFirst().orElse(null));
        }
        provinceAsWritten = new SimpleStringProperty(d.provinceAsWritten());
        venue = new SimpleStringProperty(d.venue());
        if (d.partner() != null && d.partner().id() != null) {
            partner.set(partners.stream().filter(p -> p.id().equals(d.partner().id())).findFirst().orElse(null));
        }
        newPartnerName = new SimpleStringProperty(d.partner() != null && d.partner().id() == null ? d.partner().name() : "");
        newPartnerKind = new SimpleObjectProperty<>(d.partner() == null ? PartnerKind.MUNICIPALITY
                : PartnerKind.fromId(d.partner().kind()));
        partnerAsWritten = new SimpleStringProperty(d.partner() == null ? "" : d.partner().asWritten());
        leaderName = new SimpleStringProperty(d.leader() == null ? "" : d.leader().name());
        leaderNamesakes = d.leader() == null ? List.of() : d.leader().namesakes();
        leaderTitle = new SimpleStringProperty(d.leader() == null ? "" : d.leader().title());
        members = new SimpleStringProperty(PersonLines.format(d.members()));
        hosts = new SimpleStringProperty(PersonLines.format(d.hosts()));
        sourceTitle = new SimpleStringProperty(d.source().title());
        sourceText = new SimpleStringProperty(d.source().text());
        publication = new SimpleStringProperty(d.source().publication());
        url = new SimpleStringProperty(d.source().url());
        published = new SimpleStringProperty(shown(d.source().published()));
        d.requests().forEach(r -> requests.add(new RequestItem(r)));
        d.gifts().forEach(g -> gifts.add(new GiftItem(g)));
        java.util.stream.Stream.concat(d.agreements().stream(), d.earlierAgreements().stream()).forEach(a -> {
            AgreementItem item = new AgreementItem(a);
            item.date.set(shown(a.date()));
            agreements.add(item);
        });
        d.commitments().forEach(c -> commitments.add(new CommitmentItem(c)));
        d.thanks().forEach(t -> thanks.add(new ThanksItem(t)));
        d.aidProjects().forEach(a -> aid.add(new AidItem(a)));
        d.keyFigures().forEach(f -> figures.add(new FigureItem(f)));
        d.localities().forEach(l -> localities.add(new LocalityItem(l)));
        watch(date, province, provinceAsWritten, venue, partner, newPartnerName, newPartnerKind, partnerAsWritten,
                leaderIdentity, leaderName,
                leaderTitle, members, hosts, attendees, summary, outcome, sourceTitle, publication, url, published, sourceText);
        requests.forEach(this::watch);
        gifts.forEach(this::watch);
        agreements.forEach(this::watch);
        commitments.forEach(this::watch);
        thanks.forEach(this::watch);
        aid.forEach(this::watch);
        figures.forEach(this::watch);
        localities.forEach(l -> watch(l.include));
    }

    private void watch(Observable... values) {
        for (Observable o : values) {
            o.addListener(x -> edited.set(true));
        }
    }

    private void watch(Item item) {
        watch(item.include);
        item.fields().forEach(this::watch);
    }

    /** Adds an item the article reports but the extractor missed; the officer fills it in. */
    public void addRequest() {
        add(requests, new RequestItem(new Draft.RequestDraft("vn_to_jp", List.of(), "", null)));
    }

    public void addAgreement() {
        add(agreements, new AgreementItem(new Draft.AgreementDraft("", null, true, null, null)));
    }

    public void addAid() {
        add(aid, new AidItem(new Draft.AidDraft("", null, null, null, null, null)));
    }

    /**
     * A gift given by our side's head to the head of the delegation, as most are; turning its direction round
     * swaps giver and receiver.
     */
    public void addGift() {
        GiftItem gift = new GiftItem(new Draft.GiftDraft("", head("vn"), head("jp"), "vn_to_jp", null));
        gift.direction.addListener((o, was, now) -> {
            String giver = gift.giver.get();
            gift.giver.set(gift.receiver.get());
            gift.receiver.set(giver);
        });
        add(gifts, gift);
    }

    /** The first person of a side as the form holds them now (the leader; our first host), or null. */
    private String head(String side) {
        List<String> people = people(side);
        return people.isEmpty() ? null : people.get(0);
    }

    /** People already known for this partner ("jp") and province ("vn"), "Name — title", most recent first. */
    private List<String> knownJp = List.of();
    private List<String> knownVn = List.of();

    /**
     * A meeting recorded by hand starts on today's date (shown as the window writes dates) and knows the people
     * met before, to offer them as the officer types; none of this counts as an edit.
     */
    public void handDefaults(java.time.LocalDate today, List<String> theirs, List<String> ours) {
        date.set(vn.protocolbrief.ui.common.DateField.format(PartialDate.of(today.toString()), lang));
        knownJp = List.copyOf(theirs);
        knownVn = List.copyOf(ours);
        edited.set(false);
    }

    /** The known people of a side ("jp", "vn"), to offer as the officer types. */
    public List<String> known(String side) {
        return "jp".equals(side) ? knownJp : knownVn;
    }

    public void addFigure() {
        add(figures, new FigureItem(new Draft.FigureDraft("", "", null)));
    }

    private <T extends Item> void add(List<T> list, T item) {
        list.add(item);
        watch(item);
        edited.set(true);
    }

    /** The article's warnings, shown above the form. */
    public List<vn.protocolbrief.ingest.Warning> warnings() {
        return original.warnings();
    }

    /** The sentence a scalar field was read from, or null. */
    public String evidence(String field) {
        return original.evidence() == null ? null : original.evidence().get(field);
    }

    /** The evidence of each person line, in order. */
    public List<String> personEvidence(String side) {
        List<PersonRef> refs = "vn".equals(side) ? original.hosts() : original.members();
        return refs.stream().map(PersonRef::evidence).toList();
    }

    public String fileName() {
        return original.source().name();
    }

    /** A meeting recorded by hand (no article behind the form). */
    public boolean handEntered() {
        return "hand".equals(original.source().format());
    }

    /** True once the officer has changed anything. */
    public BooleanProperty editedProperty() {
        return edited;
    }

    /**
     * What must be fixed before saving, by field ("date", "province", "partner", "request.2" …), as message
     * keys; empty when the form can be saved.
     */
    public Map<String, String> errors() {
        return DraftChecks.errors(this);
    }

    /** The draft as the importer proposed it (what the officer's corrections are learned against). */
    public Draft original() {
        return original;
    }

    /** The reviewed draft: edited values, excluded items left out. Call only when {@link #errors()} is empty. */
    public Draft toDraft() {
        return ReviewedDraft.of(this);
    }

    /** The names of one side's people as the form holds them now ("jp": leader and members; "vn": ours). */
    public List<String> people(String side) {
        List<String> out = new java.util.ArrayList<>();
        if ("jp".equals(side)) {
            if (!blank(leaderName.get())) {
                out.add(Text.clean(leaderName.get()));
            }
            out.addAll(PersonLines.names(members.get()));
        } else {
            out.addAll(PersonLines.names(hosts.get()));
            out.addAll(PersonLines.names(attendees.get()));
        }
        return out;
    }

    /**
     * A meeting recorded by hand with no other source is known from the officer's own note of it (its summary and
     * outcome): that note is its source text.
     */
    String officersNote() {
        if (!handEntered()) {
            return "";
        }
        String note = (blank(summary.get()) ? "" : summary.get().strip()) + "\n"
                + (blank(outcome.get()) ? "" : outcome.get().strip());
        return note.strip();
    }

    /** What the officer wrote of the meeting, saved with it. */
    public vn.protocolbrief.ingest.ImportService.Notes notes() {
        return new vn.protocolbrief.ingest.ImportService.Notes(Text.clean(summary.get()), Text.clean(outcome.get()));
    }

    /** A stored date (ISO) as the window shows it. */
    private String shown(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return vn.protocolbrief.ui.common.DateField.format(PartialDate.of(iso), lang);
        } catch (IllegalArgumentException e) {
            return iso;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
