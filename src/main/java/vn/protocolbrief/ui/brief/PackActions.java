package vn.protocolbrief.ui.brief;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import vn.protocolbrief.store.BriefRecordRepository;
import vn.protocolbrief.ui.common.DateField;
import vn.protocolbrief.ui.common.Fx;
import vn.protocolbrief.ui.common.Messages;

/**
 * What is done with the pack: make it (or stop), save it as PDF or Word, open, print, edit the talking points; and the
 * packs made earlier, to open, print or remove.
 */
final class PackActions {
    private final ComposerViewModel vm;
    private final Messages m;
    private final Consumer<Path> openExternally;
    private final VBox actionBar = new VBox(8);
    private final java.util.List<Node> pastPacks;

    PackActions(ComposerViewModel vm, Messages messages, Consumer<Path> openExternally) {
        this.vm = vm;
        this.m = messages;
        this.openExternally = openExternally;
        actionBar();
        this.pastPacks = pastPacks();
    }

    /** The buttons kept in view under the form however long it is. */
    Node bar() {
        return actionBar;
    }

    /** The earlier packs: a title, the list, its buttons and the folder they are in (lines of the form). */
    java.util.List<Node> pastPacksLines() {
        return pastPacks;
    }

    private void actionBar() {
        Button render = Fx.button(m.get("composer.render"), Feather.FILE_TEXT);
        render.setId("render");
        render.setDefaultButton(true);
        render.disableProperty().bind(vm.busyProperty());
        render.setOnAction(e -> vm.render());
        Button cancel = Fx.button(m.get("composer.cancel"), Feather.X);
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(vm.busyProperty());
        Button saveAs = Fx.button(m.get("composer.saveAs"), Feather.SAVE);
        saveAs.setId("save-as");
        saveAs.disableProperty().bind(vm.fileProperty().isNull());
        saveAs.setOnAction(e -> {
            FileChooser chooser = new vn.protocolbrief.ui.common.Choosers(m)
                    .packCopy(vm.fileProperty().get().getFileName().toString());
            var target = chooser.showSaveDialog(actionBar.getScene().getWindow());
            if (target != null) {
                vm.saveAs(target.toPath());
            }
        });
        Button saveWord = Fx.button(m.get("composer.saveWord"), Feather.FILE_TEXT);
        saveWord.setId("save-word");
        saveWord.disableProperty().bind(vm.fileProperty().isNull());
        saveWord.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Word", "*.docx"));
            chooser.setInitialFileName(vm.fileProperty().get().getFileName().toString().replaceAll("\\.pdf$", "")
                    + ".docx");
            var target = chooser.showSaveDialog(actionBar.getScene().getWindow());
            if (target != null) {
                vm.saveAsWord(target.toPath());
            }
        });
        Button open = Fx.button(m.get("composer.open"), Feather.EXTERNAL_LINK);
        open.setId("open-pdf");
        open.disableProperty().bind(vm.fileProperty().isNull());
        open.setOnAction(e -> openExternally.accept(vm.fileProperty().get()));
        Button print = Fx.button(m.get("composer.print"), Feather.PRINTER);
        print.setId("print");
        print.disableProperty().bind(vm.fileProperty().isNull());
        print.setOnAction(e -> vm.print(openExternally));
        Button points = Fx.button(m.get("composer.points"), Feather.EDIT_3);
        points.setId("edit-points");
        points.disableProperty().bind(Bindings.isEmpty(vm.points()).or(vm.visitProperty().isNull()));
        points.setOnAction(e -> editPoints());

        actionBar.getChildren().setAll(new HBox(8, render, cancel, progress), actions(saveAs, saveWord, open, print, points));
        actionBar.setPadding(new Insets(10, 12, 12, 12));
        actionBar.setStyle("-fx-border-color: #d0d0d0 transparent transparent transparent;");
    }

    private java.util.List<Node> pastPacks() {
        ListView<BriefRecordRepository.BriefRecord> past = new ListView<>(vm.past().list());
        past.setId("past-packs");
        past.setPrefHeight(120);
        past.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BriefRecordRepository.BriefRecord r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : m.format("composer.pastItem",
                        DateField.format(vn.protocolbrief.domain.PartialDate.of(r.createdAt().substring(0, 10)), m.lang())
                                + " " + r.createdAt().substring(11, 16), r.pages(), r.lang(),
                        r.file() == null ? "" : Path.of(r.file()).getFileName().toString()));
            }
        });
        past.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && past.getSelectionModel().getSelectedItem() != null) {
                vm.past().open(past.getSelectionModel().getSelectedItem(), openExternally);
            }
        });
        past.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && past.getSelectionModel().getSelectedItem() != null) {
                vm.past().open(past.getSelectionModel().getSelectedItem(), openExternally);
            }
        });
        Button openPast = new Button(m.get("composer.pastOpen"));
        openPast.setId("past-open");
        openPast.setOnAction(e -> vm.past().open(past.getSelectionModel().getSelectedItem(), openExternally));
        Button printPast = new Button(m.get("composer.pastPrint"));
        printPast.setId("past-print");
        printPast.setOnAction(e -> vm.past().print(past.getSelectionModel().getSelectedItem(), openExternally));
        Button removePast = new Button(m.get("composer.pastRemove"));
        removePast.setId("past-remove");
        removePast.setOnAction(e -> vm.past().remove(past.getSelectionModel().getSelectedItem()));
        for (Button b : new Button[]{openPast, printPast, removePast}) {
            b.disableProperty().bind(past.getSelectionModel().selectedItemProperty().isNull());
        }
        Label folder = new Label(m.format("composer.pastFolder", vm.packsFolder()));
        folder.setWrapText(true);
        folder.setStyle("-fx-text-fill: #555555; -fx-font-size: 11px;");
        return java.util.List.of(new Label(m.get("composer.past")), past, new HBox(6, openPast, printPast, removePast),
                folder);
    }

    /** Buttons that wrap to a second line rather than lose their words. */
    private static FlowPane actions(Button... buttons) {
        FlowPane pane = new FlowPane(8, 8, buttons);
        for (Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return pane;
    }

    /** The talking points as they will be read: one text box each, under the part of the speech it belongs to. */
    private void editPoints() {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(actionBar.getScene().getWindow());
        stage.initModality(javafx.stage.Modality.WINDOW_MODAL);
        stage.setTitle(m.get("composer.points"));
        VBox list = new VBox(6);
        list.setPadding(new Insets(12));
        String kind = null;
        int n = 0;
        for (TalkingPoints.PointRow p : vm.points()) {
            if (!p.kind().equals(kind)) {
                kind = p.kind();
                list.getChildren().add(ComposerFields.subheading(p.heading()));
            }
            TextArea text = new TextArea();
            text.setWrapText(true);
            text.setPrefRowCount(3);
            text.textProperty().bindBidirectional(p.text());
            text.setId("point-" + (n++));
            list.getChildren().add(text);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        Label note = new Label(m.get("composer.pointsNote"));
        note.setWrapText(true);
        Button save = Fx.button(m.get("composer.pointsSave"), Feather.CHECK);
        save.setId("points-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            stage.close();
            vm.savePoints();
        });
        Button reset = Fx.button(m.get("composer.pointsReset"), Feather.ROTATE_CCW);
        reset.setId("points-reset");
        reset.setOnAction(e -> {
            stage.close();
            vm.resetPoints();
        });
        Button close = new Button(m.get("button.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, save, reset, close);
        buttons.setPadding(new Insets(8, 12, 12, 12));
        VBox all = new VBox(8, note, scroll, buttons);
        all.setPadding(new Insets(12, 0, 0, 12));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        stage.setScene(new javafx.scene.Scene(all, 720, 640));
        stage.show();
    }
}
