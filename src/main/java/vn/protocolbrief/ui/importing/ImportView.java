package vn.protocolbrief.ui.importing;


import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import vn.protocolbrief.domain.RequestCategory;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.Pickers;

/**
 * The import screen: paste, open or drop articles ({@link ArticleInput}); review each draft with the sentence every
 * field came from beside it ({@link DraftSections}) and the warnings on top; save or skip.
 */
public final class ImportView {
    private final ImportViewModel vm;
    private final Messages m;
    private final List<RequestCategory> categories;
    private final Pickers pickers;
    private final BorderPane root = new BorderPane();

    public ImportView(ImportViewModel vm, Messages messages, List<RequestCategory> categories, Pickers pickers) {
        this.vm = vm;
        this.m = messages;
        this.categories = categories;
        this.pickers = pickers;
        root.setId("import-screen");
        root.setTop(new ArticleInput(vm, messages).node());
        vm.formProperty().addListener((o, a, form) -> show(form));
        show(vm.formProperty().get());
    }

    public Parent root() {
        return root;
    }

    private void show(DraftForm form) {
        ValidationSupport validation = new ValidationSupport();
        if (form == null) {
            Label hint = new Label(m.get("review.empty"));
            hint.setWrapText(true);
            hint.setMaxWidth(560);
            hint.setStyle("-fx-font-size: 15px; -fx-text-fill: #555;");
            VBox box = new VBox(hint);
            box.setAlignment(Pos.CENTER);
            root.setCenter(box);
            root.setBottom(null);
            return;
        }
        VBox sections = new VBox(14);
        sections.setPadding(new Insets(4, 16, 16, 16));
        if (!form.warnings().isEmpty()) {
            VBox warnings = new VBox(4);
            warnings.setId("import-warnings");
            warnings.setStyle("-fx-background-color: #fff4d6; -fx-border-color: #e0b04a; -fx-padding: 8;"
                    + " -fx-background-radius: 4; -fx-border-radius: 4;");
            warnings.getChildren().add(bold(m.get("review.warnings")));
            for (vn.protocolbrief.ingest.Warning w : form.warnings()) {
                Label l = new Label("• " + m.format("warning." + w.code(), w.args().toArray()));
                l.setWrapText(true);
                warnings.getChildren().add(l);
            }
            sections.getChildren().add(warnings);
        }
        sections.getChildren().addAll(new DraftSections(m, categories, pickers, validation, this::showFocused).of(form));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        if (root.getCenter() instanceof ScrollPane previous && previous.getUserData() == form) {
            scroll.setVvalue(previous.getVvalue()); // re-drawn after an item was added: stay in place
        }
        scroll.setUserData(form);
        root.setCenter(scroll);
        Button save = vn.protocolbrief.ui.common.Fx.button(m.get("review.save"), org.kordamp.ikonli.feather.Feather.CHECK);
        save.setId("import-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        Button skip = vn.protocolbrief.ui.common.Fx.button(m.get("review.skip"), org.kordamp.ikonli.feather.Feather.SKIP_FORWARD);
        skip.setOnAction(e -> vm.skip());
        HBox actions = new HBox(8, save, skip);
        // Show what is wrong at once, not only after the officer touches a field.
        javafx.application.Platform.runLater(validation::revalidate);
        actions.setPadding(new Insets(8, 12, 8, 12));
        root.setBottom(actions);
    }

    /** Draws the form anew and puts the focus in the field {@code selector} names (an item was just added). */
    private void showFocused(DraftForm form, String selector) {
        show(form);
        root.applyCss(); // the new form's skins, so that the field is in the scene to take the focus
        Node field = root.lookup(selector);
        if (field != null) {
            field.requestFocus();
        }
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
