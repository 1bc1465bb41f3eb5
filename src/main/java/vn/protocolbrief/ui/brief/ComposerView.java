package vn.protocolbrief.ui.brief;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.store.BriefRecordRepository;
import vn.protocolbrief.ui.common.DateField;
import vn.protocolbrief.ui.common.Fx;
import vn.protocolbrief.ui.common.Messages;

/**
 * The composer: the coming visit and the pack's options on the left (scrolling), the pages on the right with zoom
 * and a page counter. Each field's error is a line of words under it.
 */
public final class ComposerView {
    private static final double PAGE_WIDTH = 500;
    private final ComposerViewModel vm;
    private final Messages m;
    private final Consumer<Path> openExternally;
    private final BorderPane root = new BorderPane();
    private final VBox pages = new VBox(12);
    private final Label pageCounter = new Label();
    private final VBox actionBar = new VBox(8);
    private double zoom = 1.0;

    /** @param openExternally opens a file in the system's viewer and says so when it cannot */
    public ComposerView(ComposerViewModel vm, Messages messages, Consumer<Path> openExternally) {
        this.vm = vm;
        this.m = messages;
        this.openExternally = openExternally;
        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The actions stay in view however long the form: make, save, open, print, talking points.
        BorderPane left = new BorderPane(scroll);
        left.setBottom(actionBar);
        left.setPrefWidth(470);
        left.setMinWidth(380);
        root.setLeft(left);
        root.setCenter(preview());
        vm.pages().addListener((ListChangeListener<byte[]>) c -> showPages());
    }

    public Parent root() {
        return root;
    }

    private VBox form() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(12));
        box.getChildren().addAll(heading(m.get("composer.visit")), visitChooser(), afterTheVisit());
        GridPane grid = grid();
        DateField date = new DateField(m);
        date.setId("visit-date");
        date.textProperty().bindBidirectional(vm.dateProperty());
        TextField time = text(vm.timeProperty(), "visit-time", m.get("composer.timePrompt"));
        time.setPrefColumnCount(5);
        Label timeLabel = label(m.get("composer.time"), time);
        timeLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox when = new HBox(8, date, timeLabel, time);
        when.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(date, Priority.ALWAYS);
        int row = 0;
        grid.add(label(m.get("composer.date"), date.editor()), 0, row);
        grid.add(when, 1, row++);
        grid.add(error("date"), 1, row++);
        grid.add(error("time"), 1, row++);
        row = field(grid, row, "composer.venue", text(vm.venueProperty(), "visit-venue", null));
        row = field(grid, row, "composer.purpose", text(vm.purposeProperty(), "visit-purpose", null));
        ComboBox<String> leader = new ComboBox<>(vm.partnerPeople());
        leader.setId("visit-leader");
        leader.setEditable(true);
        leader.setMaxWidth(Double.MAX_VALUE);
        leader.setPromptText(m.get("composer.leaderPrompt"));
        leader.getEditor().textProperty().bindBidirectional(vm.leaderProperty());
        row = field(grid, row, "composer.leader", leader);
        grid.add(error("leader"), 1, row++);
        row = field(grid, row, "composer.leaderTitle", text(vm.leaderTitleProperty(), "visit-leader-title",
                m.get("composer.titlePrompt")));
        box.getChildren().add(grid);
        box.getChildren().addAll(subheading(m.get("composer.members")), people(vm.members(), "members"),
                error("members"));
        box.getChildren().addAll(subheading(m.get("composer.hosts")), people(vm.hosts(), "hosts"), error("hosts"));
        GridPane more = grid();
        row = 0;
        row = field(more, row, "composer.interpreter", text(vm.interpreterProperty(), "visit-interpreter", null));
        box.getChildren().add(more);
        box.getChildren().addAll(subheading(m.get("composer.programme")), programme(), error("programme"));
        GridPane office = grid();
        row = 0;
        row = field(office, row, "composer.office", text(vm.officeProperty(), "visit-office", null));
        row = field(office, row, "composer.preparedBy", text(vm.preparedByProperty(), "visit-prepared", null));
        field(office, row, "composer.approvedBy", text(vm.approvedByProperty(), "visit-approved", null));
        box.getChildren().add(office);
        Button save = Fx.button(m.get("composer.saveVisit"), Feather.CHECK);
        save.setId("save-visit");
        save.setOnAction(e -> {
            if (vm.saveVisit()) {
                save.setText(m.get("composer.savedVisit"));
            }
        });
        vm.visitProperty().addListener((o, a, b) -> save.setText(m.get("composer.saveVisit")));
        box.getChildren().addAll(save, new Separator());

        box.getChildren().add(heading(m.get("composer.title")));
        ChoiceBox<String> lang = new ChoiceBox<>();
        lang.getItems().setAll("vi", "en");
        lang.setConverter(Fx.labels(l -> m.get("lang." + l)));
        lang.valueProperty().bindBidirectional(vm.langProperty());
        GridPane pack = grid();
        row = field(pack, 0, "composer.lang", lang);
        field(pack, row, "composer.classification", text(vm.classificationProperty(), "classification",
                m.get("composer.classificationPrompt")));
        CheckBox reviewedOnly = new CheckBox(m.get("composer.reviewedOnly"));
        reviewedOnly.setId("reviewed-only");
        reviewedOnly.selectedProperty().bindBidirectional(vm.reviewedOnlyProperty());
        box.getChildren().addAll(pack, reviewedOnly, new Label(m.get("composer.parts")), partsList());

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
            var target = chooser.showSaveDialog(root.getScene().getWindow());
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
            var target = chooser.showSaveDialog(root.getScene().getWindow());
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

        ListView<BriefRecordRepository.BriefRecord> past = new ListView<>(vm.pastPacks());
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
                vm.openPast(past.getSelectionModel().getSelectedItem(), openExternally);
            }
        });
        past.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && past.getSelectionModel().getSelectedItem() != null) {
                vm.openPast(past.getSelectionModel().getSelectedItem(), openExternally);
            }
        });
        Button openPast = new Button(m.get("composer.pastOpen"));
        openPast.setId("past-open");
        openPast.setOnAction(e -> vm.openPast(past.getSelectionModel().getSelectedItem(), openExternally));
        Button printPast = new Button(m.get("composer.pastPrint"));
        printPast.setId("past-print");
        printPast.setOnAction(e -> vm.printPast(past.getSelectionModel().getSelectedItem(), openExternally));
        Button removePast = new Button(m.get("composer.pastRemove"));
        removePast.setId("past-remove");
        removePast.setOnAction(e -> vm.removePast(past.getSelectionModel().getSelectedItem()));
        for (Button b : new Button[]{openPast, printPast, removePast}) {
            b.disableProperty().bind(past.getSelectionModel().selectedItemProperty().isNull());
        }
        Label folder = new Label(m.format("composer.pastFolder", vm.packsFolder()));
        folder.setWrapText(true);
        folder.setStyle("-fx-text-fill: #555555; -fx-font-size: 11px;");
        box.getChildren().addAll(new Label(m.get("composer.past")), past, new HBox(6, openPast, printPast, removePast),
                folder);
        actionBar.getChildren().setAll(new HBox(8, render, cancel, progress), actions(saveAs, saveWord, open, print, points));
        actionBar.setPadding(new Insets(10, 12, 12, 12));
        actionBar.setStyle("-fx-border-color: #d0d0d0 transparent transparent transparent;");
        return box;
    }

    /** Issue 21: what happened at the chosen visit becomes its meeting; then its thank-you letter. */
    private HBox afterTheVisit() {
        Button record = Fx.button(m.get("outcome.action"), Feather.CLIPBOARD);
        record.setId("record-outcome");
        record.disableProperty().bind(vm.visitProperty().isNull());
        record.setOnAction(e -> vm.recordOutcome().ifPresent(outcome -> new VisitOutcomeDialog(outcome, m)
                .show(root.getScene().getWindow(), meeting -> record.setText(m.format("outcome.recorded", meeting)))));
        vm.visitProperty().addListener((o, a, b) -> record.setText(m.get("outcome.action")));
        Button letter = Fx.button(m.get("letter.action"), Feather.MAIL);
        letter.setId("draft-letter");
        letter.disableProperty().bind(vm.visitProperty().isNull());
        letter.setOnAction(e -> {
            if (!vm.letterPossible()) {
                vm.recordOutcome().ifPresent(outcome -> new VisitOutcomeDialog(outcome, m)
                        .show(root.getScene().getWindow(), meeting -> record.setText(m.format("outcome.recorded", meeting))));
                return;
            }
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Word", "*.docx"),
                    new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            chooser.setInitialFileName(m.get("letter.fileName") + ".docx");
            var target = chooser.showSaveDialog(root.getScene().getWindow());
            if (target != null && vm.draftLetter(target.toPath())) {
                openExternally.accept(target.toPath());
            }
        });
        return new HBox(8, record, letter);
    }

    private HBox visitChooser() {
        ComboBox<Visit> visits = new ComboBox<>(vm.visits());
        visits.setId("visit-choice");
        visits.setMaxWidth(Double.MAX_VALUE);
        visits.setPromptText(m.get("composer.visitNew"));
        visits.setConverter(Fx.labels(v -> v == null ? m.get("composer.visitNew") : m.format("composer.visitItem",
                v.date().known() ? DateField.format(v.date(), m.lang()) : m.get("composer.undated"),
                v.venue() == null ? "" : v.venue())));
        // The model's visit is the one chosen; the list only shows it. A selection the list makes up while the model
        // changes it (none, or whatever is now at the old index) is no choice of the officer's and is put right.
        boolean[] showing = {false};
        Runnable show = () -> {
            showing[0] = true;
            try {
                visits.setValue(vm.visitProperty().get());
            } finally {
                showing[0] = false;
            }
        };
        show.run();
        vm.visitProperty().addListener((o, a, b) -> show.run());
        vm.visits().addListener((ListChangeListener<Visit>) c -> show.run());
        visits.setOnAction(e -> {
            if (!showing[0] && !vm.visitsChanging() && visits.getValue() != vm.visitProperty().get()) {
                vm.choose(visits.getValue());
            }
        });
        Button add = Fx.button(m.get("composer.visitAdd"), Feather.PLUS);
        add.setId("new-visit");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.newVisit());
        HBox box = new HBox(8, visits, add);
        HBox.setHgrow(visits, Priority.ALWAYS);
        return box;
    }

    /** Rows of a name and a post, each removable, and a button to add one. */
    private VBox people(ObservableList<ComposerViewModel.PersonRow> rows, String id) {
        VBox list = new VBox(4);
        list.setId(id);
        Runnable rebuild = () -> {
            list.getChildren().clear();
            for (ComposerViewModel.PersonRow r : rows) {
                TextField name = text(r.name(), null, m.get("composer.namePrompt"));
                TextField title = text(r.title(), null, m.get("composer.titlePrompt"));
                Button remove = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(Feather.TRASH_2));
                remove.setAccessibleText(m.get("composer.removeRow"));
                remove.setOnAction(e -> {
                    rows.remove(r);
                    list.getChildren().get(list.getChildren().size() - 1).requestFocus();
                });
                HBox line = new HBox(6, name, title, remove);
                HBox.setHgrow(name, Priority.ALWAYS);
                HBox.setHgrow(title, Priority.ALWAYS);
                list.getChildren().add(line);
            }
            Button add = Fx.button(m.get("composer.addRow"), Feather.PLUS);
            add.setId(id + "-add");
            add.setOnAction(e -> {
                rows.add(new ComposerViewModel.PersonRow());
                focusFirstFieldOfRow(list, rows.size() - 1);
            });
            list.getChildren().add(add);
        };
        rows.addListener((ListChangeListener<ComposerViewModel.PersonRow>) c -> rebuild.run());
        rebuild.run();
        return list;
    }

    private VBox programme() {
        VBox list = new VBox(4);
        list.setId("programme");
        Runnable rebuild = () -> {
            list.getChildren().clear();
            for (ComposerViewModel.ProgrammeRow r : vm.programme()) {
                TextField time = text(r.time(), null, m.get("composer.timePrompt"));
                time.setPrefColumnCount(5);
                time.setMinWidth(70);
                TextField item = text(r.item(), null, m.get("composer.itemPrompt"));
                Button remove = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(Feather.TRASH_2));
                remove.setAccessibleText(m.get("composer.removeRow"));
                remove.setOnAction(e -> {
                    vm.programme().remove(r);
                    list.getChildren().get(list.getChildren().size() - 1).requestFocus();
                });
                HBox line = new HBox(6, time, item, remove);
                HBox.setHgrow(item, Priority.ALWAYS);
                list.getChildren().add(line);
            }
            Button add = Fx.button(m.get("composer.addLine"), Feather.PLUS);
            add.setId("programme-add");
            add.setOnAction(e -> {
                vm.programme().add(new ComposerViewModel.ProgrammeRow());
                focusFirstFieldOfRow(list, vm.programme().size() - 1);
            });
            list.getChildren().add(add);
        };
        vm.programme().addListener((ListChangeListener<ComposerViewModel.ProgrammeRow>) c -> rebuild.run());
        rebuild.run();
        return list;
    }

    /**
     * The rows are built anew when one is added, so the button pressed is gone: the keys typed next go into the new
     * row's first field (not wherever the window would put the focus, such as the province picker).
     */
    private static void focusFirstFieldOfRow(VBox list, int row) {
        if (row >= 0 && row < list.getChildren().size() && list.getChildren().get(row) instanceof HBox line) {
            line.getChildren().get(0).requestFocus();
        }
    }

    /** The talking points as they will be read: one text box each, under the part of the speech it belongs to. */
    private void editPoints() {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(root.getScene().getWindow());
        stage.initModality(javafx.stage.Modality.WINDOW_MODAL);
        stage.setTitle(m.get("composer.points"));
        VBox list = new VBox(6);
        list.setPadding(new Insets(12));
        String kind = null;
        int n = 0;
        for (ComposerViewModel.PointRow p : vm.points()) {
            if (!p.kind().equals(kind)) {
                kind = p.kind();
                list.getChildren().add(subheading(p.heading()));
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

    private Node preview() {
        pages.setPadding(new Insets(12));
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setStyle("-fx-background-color: #e9e9e9;");
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.setId("preview");
        scroll.vvalueProperty().addListener((o, a, b) -> countPages(scroll));
        scroll.viewportBoundsProperty().addListener((o, a, b) -> countPages(scroll));
        pages.heightProperty().addListener((o, a, b) -> countPages(scroll));
        Button smaller = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(Feather.ZOOM_OUT));
        smaller.setId("zoom-out");
        smaller.setAccessibleText(m.get("composer.zoomOut"));
        smaller.setOnAction(e -> zoom(0.8));
        Button larger = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(Feather.ZOOM_IN));
        larger.setId("zoom-in");
        larger.setAccessibleText(m.get("composer.zoomIn"));
        larger.setOnAction(e -> zoom(1.25));
        pageCounter.setId("page-counter");
        HBox bar = new HBox(8, smaller, larger, pageCounter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        BorderPane pane = new BorderPane(scroll);
        pane.setTop(bar);
        return pane;
    }

    private void zoom(double by) {
        zoom = Math.max(0.5, Math.min(2.5, zoom * by));
        for (Node n : pages.getChildren()) {
            ((ImageView) n).setFitWidth(PAGE_WIDTH * zoom);
        }
    }

    /** "Trang 3 / 9": the page at the middle of the view. */
    private void countPages(ScrollPane scroll) {
        int total = pages.getChildren().size();
        if (total == 0) {
            pageCounter.setText("");
            return;
        }
        double content = pages.getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= 0 || view <= 0) {
            return; // not laid out yet: the counter stays at "1 / N"
        }
        double middle = scroll.getVvalue() * Math.max(0, content - view) + view / 2;
        // Every page has the same size: its height and the gap after it give the page under the middle.
        double step = (content - pages.getPadding().getTop() - pages.getPadding().getBottom() + pages.getSpacing())
                / total;
        int page = (int) Math.floor((middle - pages.getPadding().getTop()) / step) + 1;
        page = Math.max(1, Math.min(total, page));
        pageCounter.setText(m.format("composer.pageOf", page, total));
    }

    /** Buttons that wrap to a second line rather than lose their words. */
    private static FlowPane actions(Button... buttons) {
        FlowPane pane = new FlowPane(8, 8, buttons);
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
                ComposerViewModel.PartChoice::included, Fx.labels(p -> p == null ? "" : p.label())));
        Button up = Fx.button(m.get("composer.up"), Feather.ARROW_UP);
        up.setId("part-up");
        Button down = Fx.button(m.get("composer.down"), Feather.ARROW_DOWN);
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
        HBox.setHgrow(list, Priority.ALWAYS);
        return box;
    }

    private void showPages() {
        pages.getChildren().clear();
        for (byte[] png : vm.pages()) {
            ImageView view = new ImageView(new Image(new ByteArrayInputStream(png)));
            view.setPreserveRatio(true);
            view.setFitWidth(PAGE_WIDTH * zoom);
            view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 6, 0, 0, 2);");
            pages.getChildren().add(view);
        }
        pageCounter.setText(vm.pages().isEmpty() ? "" : m.format("composer.pageOf", 1, vm.pages().size()));
        if (pages.getParent() != null && pages.getParent().getParent() instanceof ScrollPane scroll) {
            scroll.setVvalue(0);
        }
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(110);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private int field(GridPane grid, int row, String key, Node field) {
        grid.add(label(m.get(key), field), 0, row);
        grid.add(field, 1, row);
        if (field instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        return row + 1;
    }

    private static Label label(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.setWrapText(true);
        return l;
    }

    private static TextField text(StringProperty value, String id, String prompt) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(value);
        if (id != null) {
            t.setId(id);
        }
        if (prompt != null) {
            t.setPromptText(prompt);
        }
        return t;
    }

    /** The error of a field, in words, under it; takes no room when there is none. */
    private Label error(String field) {
        Label l = new Label();
        l.setId("error-" + field);
        l.textProperty().bind(vm.error(field));
        l.setWrapText(true);
        l.setStyle("-fx-text-fill: #b00020;");
        l.managedProperty().bind(vm.error(field).isNotEmpty());
        l.visibleProperty().bind(vm.error(field).isNotEmpty());
        return l;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        return l;
    }

    private static Label subheading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
