package vn.protocolbrief.ui.brief;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.print.PrinterJob;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.protocolbrief.store.BriefRecordRepository;
import vn.protocolbrief.ui.common.Messages;

/** The composer: the form and past packs on the left, the rendered pages on the right. */
public final class ComposerView {
    private final ComposerViewModel vm;
    private final Messages m;
    private final Consumer<Path> openExternally;
    private final BorderPane root = new BorderPane();
    private final VBox pages = new VBox(12);

    /** @param openExternally opens a file in the system's viewer (the application's host services) */
    public ComposerView(ComposerViewModel vm, Messages messages, Consumer<Path> openExternally) {
        this.vm = vm;
        this.m = messages;
        this.openExternally = openExternally;
        root.setLeft(form());
        pages.setPadding(new Insets(12));
        pages.setStyle("-fx-background-color: #e9e9e9;");
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.setId("preview");
        root.setCenter(scroll);
        vm.pages().addListener((ListChangeListener<byte[]>) c -> showPages());
    }

    public Parent root() {
        return root;
    }

    private VBox form() {
        DatePicker date = new DatePicker();
        date.valueProperty().bindBidirectional(vm.visitDateProperty());
        TextField leader = new TextField();
        leader.setPromptText(m.get("composer.leaderPrompt"));
        leader.textProperty().bindBidirectional(vm.leaderProperty());
        ChoiceBox<String> lang = new ChoiceBox<>();
        lang.getItems().setAll("vi", "en");
        lang.setConverter(vn.protocolbrief.ui.common.Fx.labels(l -> m.get("lang." + l)));
        lang.valueProperty().bindBidirectional(vm.langProperty());
        TextField classification = new TextField();
        classification.setPromptText(m.get("composer.classificationPrompt"));
        classification.textProperty().bindBidirectional(vm.classificationProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("composer.date")), date);
        grid.addRow(1, new Label(m.get("composer.leader")), leader);
        grid.addRow(2, new Label(m.get("composer.lang")), lang);
        grid.addRow(3, new Label(m.get("composer.classification")), classification);

        Button render = vn.protocolbrief.ui.common.Fx.button(m.get("composer.render"), org.kordamp.ikonli.feather.Feather.FILE_TEXT);
        render.setId("render");
        render.setDefaultButton(true);
        render.disableProperty().bind(vm.busyProperty());
        render.setOnAction(e -> vm.render());
        Button cancel = vn.protocolbrief.ui.common.Fx.button(m.get("composer.cancel"), org.kordamp.ikonli.feather.Feather.X);
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(vm.busyProperty());
        Button save = vn.protocolbrief.ui.common.Fx.button(m.get("composer.saveAs"), org.kordamp.ikonli.feather.Feather.SAVE);
        save.setId("save-as");
        save.disableProperty().bind(vm.fileProperty().isNull());
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            chooser.setInitialFileName("ho-so-don-tiep.pdf");
            var target = chooser.showSaveDialog(root.getScene().getWindow());
            if (target != null) {
                vm.saveAs(target.toPath());
            }
        });
        Button open = vn.protocolbrief.ui.common.Fx.button(m.get("composer.open"), org.kordamp.ikonli.feather.Feather.EXTERNAL_LINK);
        open.disableProperty().bind(vm.fileProperty().isNull());
        open.setOnAction(e -> openExternally.accept(vm.fileProperty().get()));
        Button print = vn.protocolbrief.ui.common.Fx.button(m.get("composer.print"), org.kordamp.ikonli.feather.Feather.PRINTER);
        print.disableProperty().bind(vm.fileProperty().isNull());
        print.setOnAction(e -> print());

        ListView<BriefRecordRepository.BriefRecord> past = new ListView<>(vm.pastPacks());
        past.setId("past-packs");
        past.setPrefHeight(130);
        past.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BriefRecordRepository.BriefRecord r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : m.format("composer.pastItem",
                        r.createdAt().replace('T', ' ').substring(0, 16), r.pages(), r.lang()));
            }
        });
        VBox box = new VBox(10, new Label(m.get("composer.title")), grid, new Label(m.get("composer.parts")),
                partsList(), new HBox(8, render, cancel, progress), actions(save, open, print),
                new Label(m.get("composer.past")), past);
        box.setPadding(new Insets(12));
        box.setPrefWidth(440);
        box.setMinWidth(440);
        return box;
    }

    /** Buttons that wrap to a second line rather than lose their words. */
    private static javafx.scene.layout.FlowPane actions(Button... buttons) {
        javafx.scene.layout.FlowPane pane = new javafx.scene.layout.FlowPane(8, 8, buttons);
        for (Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return pane;
    }

    /** The pack's parts: tick to include, move up or down to reorder. */
    private HBox partsList() {
        ListView<ComposerViewModel.PartChoice> list = new ListView<>(vm.parts());
        list.setId("parts");
        list.setPrefHeight(190);
        list.setCellFactory(javafx.scene.control.cell.CheckBoxListCell.forListView(
                ComposerViewModel.PartChoice::included, vn.protocolbrief.ui.common.Fx.labels(p -> p == null ? "" : p.label())));
        Button up = vn.protocolbrief.ui.common.Fx.button(m.get("composer.up"), org.kordamp.ikonli.feather.Feather.ARROW_UP);
        up.setId("part-up");
        Button down = vn.protocolbrief.ui.common.Fx.button(m.get("composer.down"), org.kordamp.ikonli.feather.Feather.ARROW_DOWN);
        down.setId("part-down");
        for (Button b : new Button[]{up, down}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> {
                int to = vm.move(list.getSelectionModel().getSelectedIndex(), b == up ? -1 : 1);
                list.getSelectionModel().select(to);
            });
        }
        VBox buttons = new VBox(6, up, down);
        HBox box = new HBox(8, list, buttons);
        HBox.setHgrow(list, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private void showPages() {
        pages.getChildren().clear();
        for (byte[] png : vm.pages()) {
            ImageView view = new ImageView(new Image(new ByteArrayInputStream(png)));
            view.setPreserveRatio(true);
            view.setFitWidth(500);
            view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 6, 0, 0, 2);");
            pages.getChildren().add(view);
        }
    }

    /** The system print dialog, then one rendered page per sheet. */
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || !job.showPrintDialog(root.getScene().getWindow())) {
            return;
        }
        for (var node : pages.getChildren()) {
            ImageView page = new ImageView(((ImageView) node).getImage());
            page.setPreserveRatio(true);
            page.setFitWidth(job.getJobSettings().getPageLayout().getPrintableWidth());
            if (!job.printPage(page)) {
                break;
            }
        }
        job.endJob();
    }
}
