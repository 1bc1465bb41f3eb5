package vn.protocolbrief.ui.importing;

import static vn.protocolbrief.ui.common.Fx.labels;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.protocolbrief.brief.Labels;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.ingest.Draft;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.RequestCategory;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.SearchPicker;
import vn.protocolbrief.ui.common.Pickers;

/**
 * The sections of a draft under review: the meeting, requests, what each side said, agreements and aid, gifts and
 * figures, the source. Each field beside the sentence it came from, its error marked and said in words.
 */
final class DraftSections {
    private final Messages m;
    private final List<RequestCategory> categories;
    private final Pickers pickers;
    private final ValidationSupport validation;
    private final ReviewGrid.Redraw redraw;

    /** @param validation marks the fields of this drawing of the form (a new one each drawing) */
    DraftSections(Messages messages, List<RequestCategory> categories, Pickers pickers, ValidationSupport validation,
                  ReviewGrid.Redraw redraw) {
        this.m = messages;
        this.categories = categories;
        this.pickers = pickers;
        this.validation = validation;
        this.redraw = redraw;
    }

    private ReviewGrid grid(String title) {
        return new ReviewGrid(title, m, redraw);
    }

    /** Every section of the form, in the order they are shown. */
    List<Node> of(DraftForm form) {
        return List.of(meeting(form), requests(form), saidBySides(form), agreementsAndAid(form), giftsAndFigures(form),
                source(form));
    }

    private GridPane meeting(DraftForm f) {
        ReviewGrid g = grid(m.get("review.meeting"));
        g.row(m.get("review.date"), validated(text(f.date, m.get("review.datePrompt")), f, "date"), f.evidence("date"));
        SearchPicker<Province> province = pickers.province();
        province.setId("import-province");
        province.valueProperty().bindBidirectional(f.province);
        g.row(m.get("picker.province"), validated(province, f, "province"), f.evidence("province"));
        g.row(m.get("review.asWritten"), text(f.provinceAsWritten, null), null);
        g.row(m.get("review.venue"), text(f.venue, null), f.evidence("venue"));
        SearchPicker<Partner> partner = pickers.partner();
        partner.setId("import-partner");
        partner.valueProperty().bindBidirectional(f.partner);
        TextField newName = text(f.newPartnerName, m.get("review.newPartnerPrompt"));
        ChoiceBox<PartnerKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(PartnerKind.values());
        Labels kinds = new Labels(m.lang());
        kind.setConverter(labels(k -> k == null ? "" : kinds.get("kind." + k.id())));
        kind.valueProperty().bindBidirectional(f.newPartnerKind);
        HBox newPartner = new HBox(6, newName, kind);
        HBox.setHgrow(newName, Priority.ALWAYS);
        newPartner.visibleProperty().bind(f.partner.isNull());
        newPartner.managedProperty().bind(newPartner.visibleProperty());
        g.row(m.get("picker.partner"), new VBox(6, validated(partner, f, "partner"), newPartner), f.evidence("partner"));
        g.row(m.get("review.partnerAsWritten"), text(f.partnerAsWritten, m.get("review.partnerAsWrittenPrompt")), null);
        TextField leaderName = text(f.leaderName, m.get("review.namePrompt"));
        leaderName.setId("review-leader");
        TextField leaderTitle = text(f.leaderTitle, m.get("review.titlePrompt"));
        leaderTitle.setId("review-leader-title");
        HBox leader = new HBox(6, validated(leaderName, f, "leader"), leaderTitle);
        leader.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        Node leaderRow = leader;
        if (f.handEntered()) {
            // A known person of the partner's, taken with their title into both fields.
            leaderRow = new VBox(2, leader, CompletionHint.attach(leaderName, () -> f.known("jp"), line -> {
                String[] parts = line.split("\\s+[—–-]\\s+", 2);
                f.leaderName.set(parts[0]);
                f.leaderTitle.set(parts.length > 1 ? parts[1] : "");
            }, m.get("review.offer")));
        }
        g.row(m.get("review.leader"), leaderRow, f.evidence("leader"));
        if (!f.leaderNamesakes.isEmpty()) {
            ChoiceBox<Draft.Namesake> same = new ChoiceBox<>();
            same.getItems().add(null);
            same.getItems().addAll(f.leaderNamesakes);
            same.setConverter(labels(n -> n == null ? m.get("review.newPerson") : n.label()));
            same.valueProperty().bindBidirectional(f.leaderIdentity);
            same.setMaxWidth(Double.MAX_VALUE);
            g.row(m.get("review.samePerson"), same, null);
        }
        TextArea members = area(f.members, 2, m.get("review.peoplePrompt"));
        members.setId("review-members");
        g.row(m.get("review.members"), offering(members, f, "jp"),
                String.join("\n", f.personEvidence("jp").stream().filter(s -> s != null).toList()));
        TextArea hosts = area(f.hosts, 2, m.get("review.peoplePrompt"));
        hosts.setId("review-hosts");
        g.row(m.get(f.handEntered() ? "review.hostsHand" : "review.hosts"), offering(hosts, f, "vn"),
                String.join("\n", f.personEvidence("vn").stream().filter(s -> s != null).toList()));
        if (f.handEntered()) {
            // Recorded by hand: the rest of our side, and what the officer writes of the meeting, in the one form.
            TextArea attendees = area(f.attendees, 2, m.get("review.peoplePrompt"));
            attendees.setId("hand-attendees");
            g.row(m.get("review.attendees"), offering(attendees, f, "vn"), null);
            TextArea summary = area(f.summary, 3, null);
            summary.setId("hand-summary");
            g.row(m.get("rec.summary"), summary, null);
            TextArea outcome = area(f.outcome, 2, null);
            outcome.setId("hand-outcome");
            g.row(m.get("rec.outcome"), outcome, null);
        }
        return g.pane;
    }

    /** A people field with the known people of its side offered under it as the officer types (by hand only). */
    private Node offering(TextArea people, DraftForm f, String side) {
        if (!f.handEntered()) {
            return people;
        }
        return new VBox(2, people, CompletionHint.attach(people, () -> f.known(side), null, m.get("review.offer")));
    }

    private GridPane requests(DraftForm f) {
        ReviewGrid g = grid(m.format("review.requests", f.requests.size()));
        for (int i = 0; i < f.requests.size(); i++) {
            DraftItems.RequestItem r = f.requests.get(i);
            ChoiceBox<String> direction = direction(r.direction);
            CheckComboBox<String> cats = new CheckComboBox<>();
            cats.getItems().setAll(categories.stream().map(RequestCategory::id).toList());
            cats.setConverter(labels(id -> categories.stream().filter(c -> c.id().equals(id)).findFirst()
                    .map(c -> c.label(m.lang())).orElse(id)));
            r.categories.forEach(c -> cats.getCheckModel().check(c));
            cats.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c ->
                    r.categories.setAll(cats.getCheckModel().getCheckedItems()));
            cats.setMaxWidth(Double.MAX_VALUE);
            HBox head = new HBox(6, direction, cats);
            HBox.setHgrow(cats, Priority.ALWAYS);
            TextArea text = area(r.text, 3, m.get("review.requestPrompt"));
            text.setId("request-" + i);
            turnsDirection(text, r.direction);
            g.item(r.include, new VBox(6, head, validated(text, f, "request." + i)), r.evidence);
        }
        g.add(m.get("review.addRequest"), f::addRequest, f, () -> "#request-" + (f.requests.size() - 1));
        return g.pane;
    }

    /** What each side promised and whom it thanked, each with its sentence, the side editable. */
    private GridPane saidBySides(DraftForm f) {
        ReviewGrid g = grid(m.format("review.commitmentsThanks", f.commitments.size(), f.thanks.size()));
        for (DraftItems.CommitmentItem c : f.commitments) {
            HBox head = new HBox(6, new Label(m.get("review.commitmentBy")), side(c.side),
                    text(c.due, m.get("review.duePrompt")));
            head.setAlignment(Pos.CENTER_LEFT);
            g.item(c.include, new VBox(6, head, area(c.text, 2, m.get("review.commitmentPrompt"))), c.evidence);
        }
        for (DraftItems.ThanksItem t : f.thanks) {
            HBox head = new HBox(6, new Label(m.get("review.thanksBy")), side(t.by));
            head.setAlignment(Pos.CENTER_LEFT);
            g.item(t.include, new VBox(6, head, area(t.text, 2, m.get("review.thanksPrompt"))), t.evidence);
        }
        return g.pane;
    }

    private ChoiceBox<String> side(StringProperty value) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.getItems().setAll("vn", "jp");
        box.setConverter(labels(s -> s == null ? "" : "jp".equals(s) ? m.get("review.side.jp") : m.get("review.side.vn")));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private GridPane agreementsAndAid(DraftForm f) {
        ReviewGrid g = grid(m.format("review.agreementsAid", f.agreements.size(), f.aid.size()));
        for (int i = 0; i < f.agreements.size(); i++) {
            DraftItems.AgreementItem a = f.agreements.get(i);
            CheckBox atMeeting = new CheckBox(m.get(a.inWords ? "review.agreedAtMeeting" : "review.signedAtMeeting"));
            atMeeting.selectedProperty().bindBidirectional(a.signedAtMeeting);
            HBox row = new HBox(6, text(a.parties, m.get("review.partiesPrompt")), atMeeting,
                    text(a.date, m.get("review.datePrompt")));
            row.setAlignment(Pos.CENTER_LEFT);
            TextField title = text(a.title, m.get("review.agreementPrompt"));
            title.setId("agreement-" + i);
            g.item(a.include, new VBox(6, validated(title, f, "agreement." + i), row), a.evidence);
        }
        for (int i = 0; i < f.aid.size(); i++) {
            DraftItems.AidItem a = f.aid.get(i);
            TextField amount = text(a.amount, m.get("review.amountPrompt"));
            HBox row = new HBox(6, validated(amount, f, "aid." + i), text(a.currency, m.get("review.currencyPrompt")),
                    text(a.channel, m.get("review.channelPrompt")));
            TextField title = text(a.title, m.get("review.aidPrompt"));
            title.setId("aid-" + i);
            g.item(a.include, new VBox(6, validated(title, f, "aidTitle." + i), row), a.evidence);
        }
        g.add(m.get("review.addAgreement"), f::addAgreement, f, () -> "#agreement-" + (f.agreements.size() - 1));
        g.add(m.get("review.addAid"), f::addAid, f, () -> "#aid-" + (f.aid.size() - 1));
        return g.pane;
    }

    private GridPane giftsAndFigures(DraftForm f) {
        ReviewGrid g = grid(m.format("review.giftsFigures", f.gifts.size(), f.figures.size()));
        for (int i = 0; i < f.gifts.size(); i++) {
            DraftItems.GiftItem gift = f.gifts.get(i);
            ComboBox<String> giver = GiftPeople.picker(gift.giver, m.get("review.giverPrompt"),
                    () -> f.people(GiftPeople.giverSide(gift.direction.get())));
            giver.setId("gift-giver-" + i);
            ComboBox<String> receiver = GiftPeople.picker(gift.receiver, m.get("review.receiverPrompt"),
                    () -> f.people(GiftPeople.receiverSide(gift.direction.get())));
            receiver.setId("gift-receiver-" + i);
            HBox who = new HBox(6, direction(gift.direction), giver, receiver);
            TextField item = text(gift.item, m.get("review.giftPrompt"));
            turnsDirection(item, gift.direction);
            item.setId("gift-" + i);
            g.item(gift.include, new VBox(6, validated(item, f, "gift." + i), who), gift.evidence);
        }
        for (int i = 0; i < f.figures.size(); i++) {
            DraftItems.FigureItem fig = f.figures.get(i);
            TextField value = text(fig.value, m.get("review.valuePrompt"));
            value.setId("figure-" + i);
            HBox row = new HBox(6, value, text(fig.label, m.get("review.labelPrompt")));
            g.item(fig.include, validated(row, f, "figure." + i), fig.evidence);
        }
        for (DraftItems.LocalityItem l : f.localities) {
            g.item(l.include, new Label(m.format("review.locality", l.name())), l.evidence);
        }
        g.add(m.get("review.addGift"), f::addGift, f, () -> "#gift-" + (f.gifts.size() - 1));
        g.add(m.get("review.addFigure"), f::addFigure, f, () -> "#figure-" + (f.figures.size() - 1));
        return g.pane;
    }

    private GridPane source(DraftForm f) {
        ReviewGrid g = grid(f.handEntered() ? m.get("review.sourceHand") : m.format("review.source", f.fileName()));
        g.row(m.get("review.sourceTitle"), text(f.sourceTitle, null), null);
        TextField publication = text(f.publication, null);
        publication.setId("source-publication");
        g.row(m.get("review.publication"), validated(publication, f, "source"), null);
        g.row(m.get("review.url"), text(f.url, null), null);
        g.row(m.get("review.published"), validated(text(f.published, m.get("review.datePrompt")), f, "published"), null);
        if (f.handEntered()) {
            TextArea text = new TextArea();
            text.setId("source-text");
            text.setWrapText(true);
            text.setPrefRowCount(5);
            text.setPromptText(m.get("review.sourceTextPrompt"));
            text.textProperty().bindBidirectional(f.sourceText);
            g.row(m.get("review.sourceText"), text, null);
        }
        return g.pane;
    }

    /**
     * Marks the control when the form reports an error for {@code key} (ControlsFX decoration) and says the error in
     * words on a line under it, so that it is read without hovering.
     */
    private Node validated(Node node, DraftForm form, String key) {
        Control control = node instanceof Control c ? c : node instanceof HBox box && !box.getChildren().isEmpty()
                && box.getChildren().get(0) instanceof Control c0 ? c0 : null;
        Supplier<String> error = () -> form.errors().get(key);
        Label words = new Label();
        words.setId("error-" + key);
        words.setWrapText(true);
        words.setStyle("-fx-text-fill: #b00020;");
        Runnable update = () -> {
            String e = error.get();
            // The line's space stays when there is no error, so an error appearing moves nothing under the pointer.
            words.setText(e == null ? " " : m.get(e));
            words.setVisible(e != null);
        };
        if (control != null) {
            validation.registerValidator(control, false, (Control c, Object value) -> {
                String e = error.get();
                update.run();
                return ValidationResult.fromErrorIf(c, e == null ? "" : m.get(e), e != null);
            });
            // Cross-field rules (a partner or a new name) are re-checked whenever anything changes.
            form.editedProperty().addListener((o, a, b) -> validation.revalidate(control));
        }
        form.editedProperty().addListener((o, a, b) -> update.run());
        update.run();
        VBox box = new VBox(2, node, words);
        HBox.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    /** The direction chosen without leaving the text: Ctrl+D turns it round (the picker beside it follows). */
    private static void turnsDirection(TextInputControl text, StringProperty direction) {
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.D && e.isShortcutDown()) {
                direction.set("vn_to_jp".equals(direction.get()) ? "jp_to_vn" : "vn_to_jp");
                e.consume();
            }
        });
    }

    private ChoiceBox<String> direction(StringProperty value) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.getItems().setAll("vn_to_jp", "jp_to_vn");
        box.setConverter(labels(d -> d == null ? "" : m.get("review." + d)));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static TextField text(StringProperty value, String prompt) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        field.setPromptText(prompt);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private static TextArea area(StringProperty value, int rows, String prompt) {
        TextArea area = new TextArea();
        area.textProperty().bindBidirectional(value);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.setPromptText(prompt);
        return area;
    }
}
