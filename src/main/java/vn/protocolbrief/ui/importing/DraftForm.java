package vn.protocolbrief.ui.importing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import vn.protocolbrief.domain.DateInput;
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
        Map<String, String> errors = new LinkedHashMap<>();
        dateError(date.get()).ifPresent(e -> errors.put("date", e));
        dateError(published.get()).ifPresent(e -> errors.put("published", e));
        if (province.get() == null) {
            errors.put("province", "review.error.province");
        }
        // Every meeting cites where it is known from: a publication, an address, or the text itself.
        if (blank(sourceText.get()) && blank(publication.get()) && blank(url.get()) && blank(officersNote())) {
            errors.put("source", "review.error.source");
        }
        if (partner.get() == null && blank(newPartnerName.get())) {
            errors.put("partner", "review.error.partner");
        }
        if (blank(leaderName.get()) && !blank(leaderTitle.get())) {
            errors.put("leader", "review.error.leader");
        }
        for (int i = 0; i < requests.size(); i++) {
            RequestItem r = requests.get(i);
            if (r.include.get() && blank(r.text.get())) {
                errors.put("request." + i, "review.error.requestText");
            } else if (r.include.get() && r.categories.isEmpty() && !handEntered()) {
                errors.put("request." + i, "review.error.category");
            }
        }
        for (int i = 0; i < gifts.size(); i++) {
            if (gifts.get(i).include.get() && blank(gifts.get(i).item.get())) {
                errors.put("gift." + i, "review.error.required");
            }
        }
        for (int i = 0; i < agreements.size(); i++) {
            AgreementItem a = agreements.get(i);
            if (a.include.get() && blank(a.title.get())) {
                errors.put("agreement." + i, "review.error.required");
            } else if (a.include.get()) {
                int index = i;
                dateError(a.date.get()).ifPresent(e -> errors.put("agreement." + index, e));
            }
        }
        for (int i = 0; i < aid.size(); i++) {
            AidItem a = aid.get(i);
            if (a.include.get() && blank(a.title.get())) {
                errors.put("aidTitle." + i, "review.error.required");
            } else if (a.include.get() && !blank(a.amount.get()) && amount(a.amount.get()) == null) {
                errors.put("aid." + i, "review.error.amount");
            }
        }
        for (int i = 0; i < figures.size(); i++) {
            FigureItem f = figures.get(i);
            if (f.include.get() && (blank(f.label.get()) || blank(f.value.get()))) {
                errors.put("figure." + i, "review.error.required");
            }
        }
        return errors;
    }

    /** The draft as the importer proposed it (what the officer's corrections are learned against). */
    public Draft original() {
        return original;
    }

    /** The reviewed draft: edited values, excluded items left out. Call only when {@link #errors()} is empty. */
    public Draft toDraft() {
        Province p = province.get();
        Partner x = partner.get();
        Draft.PartnerRef partnerRef = x != null
                ? new Draft.PartnerRef(x.id(), x.name("vi"), x.nameEn(), x.kind().id(), x.prefectureCode(),
                Text.clean(partnerAsWritten.get()))
                : new Draft.PartnerRef(null, Text.clean(newPartnerName.get()), newPartnerEnglish(),
                newPartnerKind.get().id(), original.partner() == null ? null : original.partner().prefectureCode(),
                Text.clean(partnerAsWritten.get()));
        PersonRef leader = blank(leaderName.get()) ? null
                : PersonLines.person(Text.clean(leaderName.get()) + (blank(leaderTitle.get()) ? "" : " — " + leaderTitle.get()),
                "jp", original.leader() == null ? List.of() : List.of(original.leader()));
        if (leader != null && original.leader() != null) {
            // The officer's answer to "is this one of the stored namesakes?" (none chosen: a new person).
            leader = leader.identified(leaderIdentity.get() != null ? leaderIdentity.get().id() : original.leader().personId(),
                    leaderNamesakes);
        }
        PartialDate d = DateInput.parse(date.get());
        var source = original.source();
        return new Draft(d.known() ? d.iso() : null, d.precision().name().toLowerCase(Locale.ROOT),
                new Draft.Ref(p.id(), p.nameVi()), Text.clean(provinceAsWritten.get()), Text.clean(venue.get()), partnerRef,
                leader, PersonLines.parse(members.get(), "jp", original.members()),
                ourSide(),
                requests.stream().filter(r -> r.include.get()).map(r -> new Draft.RequestDraft(r.direction.get(),
                        categories(r), Text.clean(r.text.get()), r.evidence)).toList(),
                agreements(true), agreements(false),
                aid.stream().filter(a -> a.include.get()).map(a -> new Draft.AidDraft(Text.clean(a.title.get()),
                        amount(a.amount.get()), Text.clean(a.currency.get()), a.amountNote, Text.clean(a.channel.get()),
                        a.evidence)).toList(),
                gifts.stream().filter(g -> g.include.get()).map(g -> new Draft.GiftDraft(Text.clean(g.item.get()),
                        Text.clean(g.giver.get()), Text.clean(g.receiver.get()), g.direction.get(), g.evidence)).toList(),
                figures.stream().filter(f -> f.include.get()).map(f -> new Draft.FigureDraft(Text.clean(f.label.get()),
                        Text.clean(f.value.get()), f.evidence)).toList(),
                localities.stream().filter(l -> l.include.get()).map(l -> l.original).toList(),
                original.warnings(), original.evidence(), original.confidence(),
                new Draft.SourceDraft(source.name(), source.format(), Text.clean(sourceTitle.get()),
                        Text.clean(publication.get()), Text.clean(url.get()), iso(published.get()),
                        blank(sourceText.get()) ? officersNote() : sourceText.get()),
                commitments.stream().filter(c -> c.include.get() && !Text.clean(c.text.get()).isEmpty())
                        .map(c -> new Draft.CommitmentDraft(c.side.get(), Text.clean(c.text.get()), dueDate(c.due.get()), c.evidence))
                        .toList(),
                thanks.stream().filter(t -> t.include.get() && !Text.clean(t.text.get()).isEmpty())
                        .map(t -> new Draft.ThanksDraft(t.by.get(), "jp".equals(t.by.get()) ? "vn" : "jp",
                                Text.clean(t.text.get()), t.evidence)).toList());
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
     * A request's categories: those ticked; typed by hand with none ticked, those its words name, as the importer
     * and {@code visit done} file a request.
     */
    private static List<String> categories(RequestItem r) {
        return r.categories.isEmpty() ? new vn.protocolbrief.ingest.RequestCategories().of(Text.clean(r.text.get()))
                : List.copyOf(r.categories);
    }

    /**
     * A meeting recorded by hand with no other source is known from the officer's own note of it (its summary and
     * outcome): that note is its source text.
     */
    private String officersNote() {
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

    /**
     * Our side's people. Typed by hand, every line under "Vietnamese side" is a host (the second host too) and
     * the attendees field holds the others; in an article's review the importer's roles stay.
     */
    private List<PersonRef> ourSide() {
        List<PersonRef> typed = PersonLines.parse(hosts.get(), "vn", original.hosts());
        if (!handEntered()) {
            return typed;
        }
        List<PersonRef> out = new java.util.ArrayList<>(typed.stream().map(p -> PersonLines.withRole(p, "host")).toList());
        PersonLines.parse(attendees.get(), "vn", original.hosts()).forEach(p -> out.add(PersonLines.withRole(p, "attendee")));
        return out;
    }

    /** The English name the importer proposed, kept while the officer leaves the Vietnamese name as proposed. */
    private String newPartnerEnglish() {
        Draft.PartnerRef proposed = original.partner();
        return proposed != null && proposed.id() == null && java.util.Objects.equals(proposed.name(),
                Text.clean(newPartnerName.get())) ? proposed.nameEn() : null;
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

    /** A promise's due date as typed, or null when none or unreadable (it is optional). */
    private static String dueDate(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : iso(typed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A typed date as the store keeps it (ISO at its precision), or null. */
    private static String iso(String typed) {
        PartialDate d = DateInput.parse(typed);
        return d.known() ? d.iso() : null;
    }

    private static java.util.Optional<String> dateError(String text) {
        try {
            DateInput.parse(text);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of("review.error.date");
        }
    }

    /** "50000", "50.000" or "50,000" as a number; null when it is not one. */
    static BigDecimal amount(String text) {
        if (blank(text)) {
            return null;
        }
        String digits = text.strip().replace(" ", "");
        if (digits.matches("\\d{1,3}([.,]\\d{3})+")) {
            digits = digits.replaceAll("[.,]", "");
        }
        try {
            return new BigDecimal(digits.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }


    /** The included agreements signed at this meeting, or those the article recalls from before it. */
    private List<Draft.AgreementDraft> agreements(boolean atMeeting) {
        return agreements.stream().filter(a -> a.include.get() && a.signedAtMeeting.get() == atMeeting)
                .map(a -> new Draft.AgreementDraft(Text.clean(a.title.get()), Text.clean(a.parties.get()),
                        a.signedAtMeeting.get(), iso(a.date.get()), a.evidence, a.inWords)).toList();
    }

}
