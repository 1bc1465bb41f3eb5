package vn.protocolbrief.ui.records;

import static vn.protocolbrief.ui.common.Fx.button;
import static vn.protocolbrief.ui.common.Fx.column;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import vn.protocolbrief.ui.common.Messages;

/**
 * The record tables beyond the history (agreements and aid, gifts, people), the New / Edit / Delete bar every
 * table has, and the pane that shows the selected record in full with its sources.
 */
public final class RecordsView {
    private final RecordsViewModel vm;
    private final Messages m;

    public RecordsView(RecordsViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
    }

    /**
     * Puts New / Edit / Delete above a table: Enter or a double click edits, Delete deletes (after asking), and
     * selecting a row shows it in the detail pane.
     */
    public <R> VBox withActions(TableView<R> table, Node filters, RecordsViewModel.Kind kind, Function<R, String> id,
                                Runnable onNew, Consumer<R> onEdit, Consumer<R> onDelete, Node... more) {
        Button add = button(m.get("rec.new"), Feather.PLUS);
        add.setId(table.getId() + "-new");
        add.setOnAction(e -> onNew.run());
        Button edit = button(m.get("rec.edit"), Feather.EDIT_2);
        edit.setId(table.getId() + "-edit");
        Button delete = button(m.get("rec.delete"), Feather.TRASH_2);
        delete.setId(table.getId() + "-delete");
        for (Button b : new Button[]{edit, delete}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        edit.setOnAction(e -> onEdit.accept(table.getSelectionModel().getSelectedItem()));
        delete.setOnAction(e -> onDelete.accept(table.getSelectionModel().getSelectedItem()));
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<R>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onEdit.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            R selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.ENTER) {
                onEdit.accept(selected);
            } else if (selected != null && e.getCode() == KeyCode.DELETE) {
                onDelete.accept(selected);
            }
        });
        // A table on a tab not in front may pick a row by itself when it is reloaded (the row now at the old
        // index): that is no choice of the officer's, and the pane keeps the record chosen.
        // A row the table picks by itself while its items are replaced is put right by the listener below, which
        // reads the record chosen; so the choice is taken once the change is over, if the row is still selected.
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                javafx.application.Platform.runLater(() -> {
                    if (table.getSelectionModel().getSelectedItem() == b && showing(table)) {
                        vm.select(kind, id.apply(b));
                    }
                });
            }
        });
        // Reloaded after an edit or an undo, the table selects the chosen record again, as it now is, so that the
        // pane, Edit and Delete are about it.
        table.getItems().addListener((javafx.collections.ListChangeListener<R>) c -> {
            RecordsViewModel.Selection wanted = vm.chosenProperty().get();
            if (wanted == null || wanted.kind() != kind) {
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (wanted.id().equals(id.apply(table.getItems().get(i)))) {
                    if (table.getSelectionModel().getSelectedIndex() != i) {
                        table.getSelectionModel().clearAndSelect(i);
                    }
                    table.scrollTo(i);
                    return;
                }
            }
        });
        HBox bar = new HBox(8, add, edit, delete);
        bar.getChildren().addAll(more);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        table.setUserData(add); // Ctrl+N presses the New button of the table on show
        // Every table of the pair says so when it is empty (JavaFX's own words are English).
        table.setPlaceholder(new Label(m.get("rec.noneYet")));
        // Fit the columns to the width left by the detail pane; the full text is there.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = filters == null ? new VBox(bar, table) : new VBox(filters, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** Whether a node is on the screen: in a scene, and neither it nor a parent hidden (a tab not in front). */
    private static boolean showing(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public Parent agreementsAndAid() {
        TableView<RecordsViewModel.AgreementRow> agreements = new TableView<>(vm.agreements());
        agreements.setId("agreements");
        agreements.getColumns().add(column(m.get("col.date"), RecordsViewModel.AgreementRow::date, 100));
        agreements.getColumns().add(column(m.get("col.title"), RecordsViewModel.AgreementRow::title, 420));
        agreements.getColumns().add(column(m.get("rec.parties"), RecordsViewModel.AgreementRow::parties, 260));
        agreements.getColumns().add(column(m.get("col.status"), RecordsViewModel.AgreementRow::status, 110));
        TableView<RecordsViewModel.AidRow> aid = new TableView<>(vm.aid());
        aid.setId("aid");
        aid.getColumns().add(column(m.get("col.date"), RecordsViewModel.AidRow::date, 100));
        aid.getColumns().add(column(m.get("col.title"), RecordsViewModel.AidRow::title, 460));
        aid.getColumns().add(column(m.get("rec.amount"), RecordsViewModel.AidRow::amount, 160));
        aid.getColumns().add(column(m.get("col.status"), RecordsViewModel.AidRow::status, 130));
        VBox top = withActions(agreements, heading(m.get("rec.agreements")), RecordsViewModel.Kind.AGREEMENT,
                RecordsViewModel.AgreementRow::id, () -> vm.editAgreement(null), r -> vm.editAgreement(r.id()),
                vm::deleteAgreement);
        VBox bottom = withActions(aid, heading(m.get("rec.aidProjects")), RecordsViewModel.Kind.AID,
                RecordsViewModel.AidRow::id, () -> vm.editAid(null), r -> vm.editAid(r.id()), vm::deleteAid);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        return split;
    }

    public Parent gifts() {
        TableView<RecordsViewModel.GiftRow> table = new TableView<>(vm.gifts());
        table.setId("gifts");
        table.getColumns().add(column(m.get("col.date"), RecordsViewModel.GiftRow::date, 100));
        table.getColumns().add(column(m.get("col.direction"), RecordsViewModel.GiftRow::direction, 70));
        table.getColumns().add(column(m.get("rec.item"), RecordsViewModel.GiftRow::item, 340));
        table.getColumns().add(column(m.get("rec.giver"), RecordsViewModel.GiftRow::giver, 230));
        table.getColumns().add(column(m.get("rec.receiver"), RecordsViewModel.GiftRow::receiver, 230));
        return withActions(table, null, RecordsViewModel.Kind.GIFT, RecordsViewModel.GiftRow::id,
                () -> vm.editGift(null), vm::editGift, vm::deleteGift);
    }

    public Parent people() {
        TableView<RecordsViewModel.PersonRow> table = new TableView<>(vm.people());
        table.setId("people");
        table.getColumns().add(column(m.get("rec.name"), RecordsViewModel.PersonRow::name, 260));
        table.getColumns().add(column(m.get("rec.nationality"), RecordsViewModel.PersonRow::side, 100));
        table.getColumns().add(column(m.get("rec.postNow"), RecordsViewModel.PersonRow::post, 560));
        return withActions(table, null, RecordsViewModel.Kind.PERSON, RecordsViewModel.PersonRow::id,
                () -> vm.editPerson(null), r -> vm.editPerson(r.id()), vm::deletePerson);
    }

    /** What the pack says about the province: figures, ties with Japanese localities, things to be careful about. */
    public Parent context() {
        TableView<RecordsViewModel.FigureRow> figures = new TableView<>(vm.figures());
        figures.setId("figures");
        figures.getColumns().add(column(m.get("rec.value"), RecordsViewModel.FigureRow::value, 140));
        figures.getColumns().add(column(m.get("rec.label"), RecordsViewModel.FigureRow::label, 480));
        figures.getColumns().add(column(m.get("rec.asOf"), RecordsViewModel.FigureRow::asOf, 100));
        TableView<RecordsViewModel.LinkRow> links = new TableView<>(vm.links());
        links.setId("links");
        links.getColumns().add(column(m.get("rec.partner"), RecordsViewModel.LinkRow::partner, 240));
        links.getColumns().add(column(m.get("rec.kind"), RecordsViewModel.LinkRow::kind, 220));
        links.getColumns().add(column(m.get("rec.since"), RecordsViewModel.LinkRow::since, 100));
        links.getColumns().add(column(m.get("rec.note"), RecordsViewModel.LinkRow::note, 300));
        TableView<RecordsViewModel.SensitivityRow> sensitivities = new TableView<>(vm.sensitivities());
        sensitivities.setId("sensitivities");
        sensitivities.getColumns().add(column(m.get("rec.date"), RecordsViewModel.SensitivityRow::date, 100));
        sensitivities.getColumns().add(column(m.get("rec.kind"), RecordsViewModel.SensitivityRow::kind, 140));
        sensitivities.getColumns().add(column(m.get("rec.sensitivityText"), RecordsViewModel.SensitivityRow::text, 520));
        SplitPane split = new SplitPane(
                withActions(figures, heading(m.get("rec.figures")), RecordsViewModel.Kind.FIGURE,
                        RecordsViewModel.FigureRow::id, () -> vm.editFigure(null), r -> vm.editFigure(r.id()),
                        vm::deleteFigure),
                withActions(links, heading(m.get("rec.links")), RecordsViewModel.Kind.LINK, RecordsViewModel.LinkRow::id,
                        () -> vm.editLink(null), r -> vm.editLink(r.id()), vm::deleteLink),
                withActions(sensitivities, heading(m.get("rec.sensitivities")), RecordsViewModel.Kind.SENSITIVITY,
                        RecordsViewModel.SensitivityRow::id, () -> vm.editSensitivity(null),
                        r -> vm.editSensitivity(r.id()), vm::deleteSensitivity));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.34, 0.67);
        return split;
    }

    /** The selected record in full, with where it was read. */
    public Parent details() {
        VBox box = new VBox(8);
        box.setId("details");
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(260);
        vm.detailsProperty().addListener((o, a, d) -> show(box, d));
        show(box, null);
        return scroll;
    }

    private void show(VBox box, RecordsViewModel.Details d) {
        box.getChildren().clear();
        if (d == null) {
            Label hint = new Label(m.get("rec.selectHint"));
            hint.setWrapText(true);
            hint.setStyle("-fx-text-fill: #666;");
            box.getChildren().add(hint);
            return;
        }
        Label title = new Label(d.title());
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        for (String[] line : d.lines()) {
            Label label = new Label(line[0]);
            label.setStyle("-fx-text-fill: #555;");
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label value = new Label(line[1]);
            value.setWrapText(true);
            grid.addRow(row++, label, value);
            GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        }
        box.getChildren().addAll(title, grid);
        if (d.sources() != null) {
            sources(box, d);
        }
        if (d.changesHeading() != null) {
            changes(box, d);
        }
    }

    /** Who changed the record, when, what and which fields, the newest first; a word when nobody has. */
    private void changes(VBox box, RecordsViewModel.Details d) {
        Label heading = new Label(d.changesHeading());
        heading.setStyle("-fx-font-weight: bold;");
        heading.setWrapText(true);
        VBox.setMargin(heading, new Insets(8, 0, 0, 0));
        box.getChildren().add(heading);
        if (d.changes().isEmpty()) {
            Label none = new Label(m.get("rec.noChanges"));
            none.setWrapText(true);
            none.setStyle("-fx-text-fill: #666;");
            box.getChildren().add(none);
        }
        for (RecordsViewModel.Change c : d.changes()) {
            Label when = new Label(c.when());
            when.setStyle("-fx-text-fill: #555;");
            Label what = new Label(c.what());
            what.setWrapText(true);
            VBox one = new VBox(1, when, what);
            if (!c.fields().isBlank()) {
                Label fields = new Label(c.fields());
                fields.setWrapText(true);
                fields.setStyle("-fx-text-fill: #666; -fx-font-size: 11px;");
                one.getChildren().add(fields);
            }
            one.getStyleClass().add("record-change");
            box.getChildren().add(one);
        }
    }

    private void sources(VBox box, RecordsViewModel.Details d) {
        Label sourcesHeading = new Label(m.get("rec.sources"));
        sourcesHeading.setStyle("-fx-font-weight: bold;");
        box.getChildren().add(sourcesHeading);
        if (d.sources().isEmpty()) {
            box.getChildren().add(new Label(m.get("rec.noSource")));
        }
        for (int i = 0; i < d.sources().size(); i++) {
            Label l = new Label("• " + d.sources().get(i));
            l.setWrapText(true);
            box.getChildren().add(l);
            if (i < d.sourceIds().size()) {
                String sourceId = d.sourceIds().get(i);
                javafx.scene.control.Button edit = new javafx.scene.control.Button(m.get("rec.editSource"));
                edit.setId("editSource-" + i);
                edit.setOnAction(e -> vm.editSource(sourceId));
                VBox.setMargin(edit, new Insets(0, 0, 4, 12));
                box.getChildren().add(edit);
            }
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        l.setPadding(new Insets(8, 12, 0, 12));
        return l;
    }
}
