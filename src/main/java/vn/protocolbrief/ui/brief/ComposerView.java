package vn.protocolbrief.ui.brief;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.ui.common.DateField;
import vn.protocolbrief.ui.common.Fx;
import vn.protocolbrief.ui.common.Messages;

import static vn.protocolbrief.ui.brief.ComposerFields.grid;
import static vn.protocolbrief.ui.brief.ComposerFields.heading;
import static vn.protocolbrief.ui.brief.ComposerFields.label;
import static vn.protocolbrief.ui.brief.ComposerFields.subheading;
import static vn.protocolbrief.ui.brief.ComposerFields.text;

/**
 * The composer: the coming visit and the pack's options on the left (scrolling), the actions under them
 * ({@link PackActions}), the pages on the right with zoom and a page counter ({@link PackPreview}). Each field's error
 * is a line of words under it ({@link ComposerFields}).
 */
public final class ComposerView {
    private final ComposerViewModel vm;
    private final Messages m;
    private final Consumer<Path> openExternally;
    private final ComposerFields fields;
    private final BorderPane root = new BorderPane();
    private final PackActions actions;

    /** @param openExternally opens a file in the system's viewer and says so when it cannot */
    public ComposerView(ComposerViewModel vm, Messages messages, Consumer<Path> openExternally) {
        this.vm = vm;
        this.m = messages;
        this.openExternally = openExternally;
        this.fields = new ComposerFields(vm, messages);
        this.actions = new PackActions(vm, messages, openExternally);
        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The actions stay in view however long the form: make, save, open, print, talking points.
        BorderPane left = new BorderPane(scroll);
        left.setBottom(actions.bar());
        left.setPrefWidth(470);
        left.setMinWidth(380);
        root.setLeft(left);
        root.setCenter(new PackPreview(vm, messages).node());
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
        date.textProperty().bindBidirectional(vm.form().dateProperty());
        TextField time = text(vm.form().timeProperty(), "visit-time", m.get("composer.timePrompt"));
        time.setPrefColumnCount(5);
        Label timeLabel = label(m.get("composer.time"), time);
        timeLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox when = new HBox(8, date, timeLabel, time);
        when.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(date, Priority.ALWAYS);
        int row = 0;
        grid.add(label(m.get("composer.date"), date.editor()), 0, row);
        grid.add(when, 1, row++);
        grid.add(fields.error("date"), 1, row++);
        grid.add(fields.error("time"), 1, row++);
        row = fields.field(grid, row, "composer.venue", text(vm.form().venueProperty(), "visit-venue", null));
        row = fields.field(grid, row, "composer.venueEn", text(vm.form().venueEnProperty(), "visit-venue-en",
                m.get("composer.englishPrompt")));
        row = fields.field(grid, row, "composer.purpose", text(vm.form().purposeProperty(), "visit-purpose", null));
        row = fields.field(grid, row, "composer.purposeEn", text(vm.form().purposeEnProperty(), "visit-purpose-en",
                m.get("composer.englishPrompt")));
        ComboBox<String> leader = new ComboBox<>(vm.form().partnerPeople());
        leader.setId("visit-leader");
        leader.setEditable(true);
        leader.setMaxWidth(Double.MAX_VALUE);
        leader.setPromptText(m.get("composer.leaderPrompt"));
        leader.getEditor().textProperty().bindBidirectional(vm.form().leaderProperty());
        row = fields.field(grid, row, "composer.leader", leader);
        grid.add(fields.error("leader"), 1, row++);
        row = fields.field(grid, row, "composer.leaderTitle", text(vm.form().leaderTitleProperty(), "visit-leader-title",
                m.get("composer.titlePrompt")));
        box.getChildren().add(grid);
        box.getChildren().addAll(subheading(m.get("composer.members")), people(vm.form().members(), "members"),
                fields.error("members"));
        box.getChildren().addAll(subheading(m.get("composer.hosts")), people(vm.form().hosts(), "hosts"), fields.error("hosts"));
        GridPane more = grid();
        row = 0;
        row = fields.field(more, row, "composer.interpreter", text(vm.form().interpreterProperty(), "visit-interpreter", null));
        box.getChildren().add(more);
        box.getChildren().addAll(subheading(m.get("composer.programme")), programme(), fields.error("programme"));
        GridPane office = grid();
        row = 0;
        row = fields.field(office, row, "composer.office", text(vm.form().officeProperty(), "visit-office", null));
        row = fields.field(office, row, "composer.officeEn", text(vm.form().officeEnProperty(), "visit-office-en",
                m.get("composer.englishPrompt")));
        row = fields.field(office, row, "composer.preparedBy", text(vm.form().preparedByProperty(), "visit-prepared", null));
        fields.field(office, row, "composer.approvedBy", text(vm.form().approvedByProperty(), "visit-approved", null));
        box.getChildren().addAll(office, fields.error("english"));
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
        lang.valueProperty().bindBidirectional(vm.choices().langProperty());
        GridPane pack = grid();
        row = fields.field(pack, 0, "composer.lang", lang);
        fields.field(pack, row, "composer.classification", text(vm.choices().classificationProperty(), "classification",
                m.get("composer.classificationPrompt")));
        CheckBox reviewedOnly = new CheckBox(m.get("composer.reviewedOnly"));
        reviewedOnly.setId("reviewed-only");
        reviewedOnly.selectedProperty().bindBidirectional(vm.choices().reviewedOnlyProperty());
        box.getChildren().addAll(pack, reviewedOnly, new Label(m.get("composer.parts")), partsList());

        box.getChildren().addAll(actions.pastPacksLines());
        box.getChildren().add(lines("officer-notes", "composer.notes.heading", vm.officerNotes()));
        box.getChildren().add(lines("incomplete-sources", "composer.source.heading", vm.incompleteSources().lines()));
        return box;
    }

    /**
     * Lines for the officer under a heading, shown only when there are any: what to know before signing (issue 19:
     * notes once printed in the pack), the pack's sources a reader could not check, each with what it lacks.
     */
    private VBox lines(String id, String headingKey, javafx.collections.ObservableList<String> lines) {
        VBox list = new VBox(2);
        list.setId(id);
        Label heading = new Label(m.get(headingKey));
        heading.setStyle("-fx-font-weight: bold;");
        Runnable rebuild = () -> {
            list.getChildren().setAll(heading);
            lines.forEach(line -> {
                Label l = new Label(line);
                l.setWrapText(true);
                list.getChildren().add(l);
            });
            list.setVisible(!lines.isEmpty());
            list.setManaged(list.isVisible());
        };
        lines.addListener((ListChangeListener<String>) c -> rebuild.run());
        rebuild.run();
        return list;
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

    private VBox visitChooser() {
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
        return new VBox(6, box, sensitiveBox());
    }

    /** The chosen visit's sensitive mark: the box, and who marked it when. A visit not saved yet cannot be marked. */
    private VBox sensitiveBox() {
        javafx.scene.control.CheckBox sensitive = new javafx.scene.control.CheckBox(m.get("composer.visitSensitive"));
        sensitive.setId("visit-sensitive");
        sensitive.setWrapText(true);
        sensitive.disableProperty().bind(vm.visitProperty().isNull());
        sensitive.setSelected(vm.mark().sensitiveProperty().get());
        vm.mark().sensitiveProperty().addListener((o, a, b) -> sensitive.setSelected(b));
        sensitive.setOnAction(e -> {
            boolean wanted = sensitive.isSelected();
            // The box shows the store: ticked once the mark is kept, left as it was when the mark is refused.
            sensitive.setSelected(vm.mark().sensitiveProperty().get());
            vm.mark().mark(wanted);
        });
        Label said = new Label();
        said.setId("visit-sensitive-by");
        said.setStyle("-fx-text-fill: #555;");
        said.textProperty().bind(vm.mark().saidProperty());
        said.visibleProperty().bind(vm.mark().saidProperty().isNotEmpty());
        said.managedProperty().bind(said.visibleProperty());
        return new VBox(2, sensitive, said);
    }

    /** Rows of a name and a post, each removable, and a button to add one. */
    private VBox people(ObservableList<VisitForm.PersonRow> rows, String id) {
        VBox list = new VBox(4);
        list.setId(id);
        Runnable rebuild = () -> {
            list.getChildren().clear();
            for (VisitForm.PersonRow r : rows) {
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
                rows.add(new VisitForm.PersonRow());
                focusFirstFieldOfRow(list, rows.size() - 1);
            });
            list.getChildren().add(add);
        };
        rows.addListener((ListChangeListener<VisitForm.PersonRow>) c -> rebuild.run());
        rebuild.run();
        return list;
    }

    private VBox programme() {
        VBox list = new VBox(4);
        list.setId("programme");
        Runnable rebuild = () -> {
            list.getChildren().clear();
            for (VisitForm.ProgrammeRow r : vm.form().programme()) {
                TextField time = text(r.time(), null, m.get("composer.timePrompt"));
                time.setPrefColumnCount(5);
                time.setMinWidth(70);
                TextField item = text(r.item(), null, m.get("composer.itemPrompt"));
                Button remove = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(Feather.TRASH_2));
                remove.setAccessibleText(m.get("composer.removeRow"));
                remove.setOnAction(e -> {
                    vm.form().programme().remove(r);
                    list.getChildren().get(list.getChildren().size() - 1).requestFocus();
                });
                HBox line = new HBox(6, time, item, remove);
                HBox.setHgrow(item, Priority.ALWAYS);
                // The item in English, under it, for an English pack (numbered as the saved programme's items).
                int n = list.getChildren().size() / 2;
                TextField itemEn = text(r.itemEn(), "programme-en-" + n, m.get("composer.itemEnPrompt"));
                Region underTime = new Region();
                underTime.setMinWidth(76); // the English under the item, not under the time
                HBox english = new HBox(6, underTime, itemEn);
                HBox.setHgrow(itemEn, Priority.ALWAYS);
                list.getChildren().addAll(line, english);
            }
            Button add = Fx.button(m.get("composer.addLine"), Feather.PLUS);
            add.setId("programme-add");
            add.setOnAction(e -> {
                vm.form().programme().add(new VisitForm.ProgrammeRow());
                focusFirstFieldOfRow(list, 2 * (vm.form().programme().size() - 1)); // two lines a row
            });
            list.getChildren().add(add);
        };
        vm.form().programme().addListener((ListChangeListener<VisitForm.ProgrammeRow>) c -> rebuild.run());
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

    /** The pack's parts: tick to include, move up or down to reorder. */
    private HBox partsList() {
        ListView<PackChoices.PartChoice> list = new ListView<>(vm.choices().parts());
        list.setId("parts");
        list.setPrefHeight(190);
        list.setCellFactory(javafx.scene.control.cell.CheckBoxListCell.forListView(
                PackChoices.PartChoice::included, Fx.labels(p -> p == null ? "" : p.label())));
        Button up = Fx.button(m.get("composer.up"), Feather.ARROW_UP);
        up.setId("part-up");
        Button down = Fx.button(m.get("composer.down"), Feather.ARROW_DOWN);
        down.setId("part-down");
        for (Button b : new Button[]{up, down}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> {
                int to = vm.choices().move(list.getSelectionModel().getSelectedIndex(), b == up ? -1 : 1);
                list.getSelectionModel().select(to);
            });
        }
        VBox buttons = new VBox(6, up, down);
        HBox box = new HBox(8, list, buttons);
        HBox.setHgrow(list, Priority.ALWAYS);
        return box;
    }
}
