package vn.protocolbrief.ui.brief;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import vn.protocolbrief.ui.common.Fx;
import vn.protocolbrief.ui.common.Messages;

/** The "Record what happened" window over the composer: one form, saved in one go or not at all. */
final class VisitOutcomeDialog {
    private final VisitOutcomeViewModel vm;
    private final Messages m;

    VisitOutcomeDialog(VisitOutcomeViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
    }

    /** Shows the form; {@code saved} is told the new meeting's id. */
    void show(Window owner, java.util.function.Consumer<String> saved) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("outcome.title"));
        VBox form = new VBox(6);
        form.setPadding(new Insets(12));
        Label visit = new Label();
        visit.setId("outcome-visit");
        visit.setWrapText(true);
        visit.textProperty().bind(vm.summaryProperty());
        form.getChildren().addAll(heading("outcome.visit"), visit);
        if (!vm.candidates().isEmpty()) {
            form.getChildren().add(heading("outcome.candidates"));
            int n = 0;
            for (VisitOutcomeViewModel.Candidate c : vm.candidates()) {
                CheckBox box = new CheckBox(side(c.side() == vn.protocolbrief.domain.Side.VN ? "VN" : "JP") + ": "
                        + c.text());
                box.setWrapText(true);
                box.setId("candidate-" + n++);
                box.selectedProperty().bindBidirectional(c.ticked());
                form.getChildren().add(box);
            }
        }
        form.getChildren().addAll(heading("outcome.requestsVn"), area("outcome-requests-vn", vm.ourRequestsProperty()),
                heading("outcome.requestsJp"), area("outcome-requests-jp", vm.theirRequestsProperty()),
                heading("outcome.commitments"), commitments(),
                heading("outcome.agreements"), area("outcome-agreements", vm.agreementsProperty()),
                heading("outcome.giftsVn"), area("outcome-gifts-vn", vm.ourGiftsProperty()),
                heading("outcome.giftsJp"), area("outcome-gifts-jp", vm.theirGiftsProperty()),
                heading("outcome.outcome"), area("outcome-text", vm.outcomeProperty()));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        Label error = new Label();
        error.setId("outcome-error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(vm.errorProperty());
        Button save = Fx.button(m.get("outcome.save"), Feather.CHECK);
        save.setId("outcome-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save().ifPresent(id -> {
            stage.close();
            saved.accept(id);
        }));
        Button cancel = new Button(m.get("button.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, save, cancel);
        VBox all = new VBox(8, scroll, error, buttons);
        all.setPadding(new Insets(0, 12, 12, 0));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        stage.setScene(new javafx.scene.Scene(all, 720, 760));
        stage.show();
    }

    private String side(String side) {
        return m.get("VN".equals(side) ? "outcome.side.vn" : "outcome.side.jp");
    }

    private Label heading(String key) {
        Label l = new Label(m.get(key));
        l.setStyle("-fx-font-weight: bold;");
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty text) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(2);
        a.textProperty().bindBidirectional(text);
        return a;
    }

    /** One row per commitment (whose, what, by when, who follows it up) and a button for another. */
    private VBox commitments() {
        VBox rows = new VBox(4);
        rows.setId("outcome-commitments");
        Runnable rebuild = () -> {
            rows.getChildren().clear();
            int n = 0;
            for (VisitOutcomeViewModel.CommitmentRow r : vm.commitments()) {
                ChoiceBox<String> side = new ChoiceBox<>();
                side.getItems().setAll("JP", "VN");
                side.setConverter(Fx.labels(this::side));
                side.valueProperty().bindBidirectional(r.side());
                side.setId("commitment-side-" + n);
                TextField text = field("commitment-text-" + n, r.text(), m.get("outcome.commitmentPrompt"));
                TextField due = field("commitment-due-" + n, r.due(), m.get("outcome.duePrompt"));
                due.setPrefColumnCount(9);
                TextField by = field("commitment-by-" + n, r.followedBy(), m.get("outcome.followedByPrompt"));
                by.setPrefColumnCount(10);
                HBox row = new HBox(6, side, text, due, by);
                HBox.setHgrow(text, Priority.ALWAYS);
                rows.getChildren().add(row);
                n++;
            }
            Button add = Fx.button(m.get("outcome.addCommitment"), Feather.PLUS);
            add.setId("add-commitment");
            add.setOnAction(e -> vm.addCommitment());
            rows.getChildren().add(add);
        };
        vm.commitments().addListener((ListChangeListener<VisitOutcomeViewModel.CommitmentRow>) c -> rebuild.run());
        rebuild.run();
        return rows;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(text);
        return f;
    }
}
