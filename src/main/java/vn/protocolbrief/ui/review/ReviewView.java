package vn.protocolbrief.ui.review;

import static vn.protocolbrief.ui.common.Fx.column;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import vn.protocolbrief.ui.common.Fx;
import vn.protocolbrief.ui.common.Messages;

/**
 * "Chưa kiểm tra": the meetings saved in bulk that nobody has reviewed; beside the selected one, what was saved and
 * the article it came from, to read one against the other before marking it reviewed.
 */
public final class ReviewView {
    private final VBox root;

    public ReviewView(ReviewViewModel vm, Messages m) {
        TableView<ReviewViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("unreviewed");
        table.getColumns().add(column(m.get("col.date"), ReviewViewModel.Row::date, 100));
        table.getColumns().add(column(m.get("col.province"), ReviewViewModel.Row::province, 130));
        table.getColumns().add(column(m.get("col.partner"), ReviewViewModel.Row::partner, 170));
        table.getColumns().add(column(m.get("col.title"), ReviewViewModel.Row::title, 330));
        table.getColumns().add(column(m.get("unreviewed.requests"), r -> String.valueOf(r.requests()), 80));
        table.setPlaceholder(new Label(m.get("unreviewed.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.openSelected();
            }
        });

        Label intro = new Label();
        intro.textProperty().bind(vm.countProperty().map(n -> m.format("unreviewed.intro", n)));
        intro.setWrapText(true);
        Label who = new Label(m.format("unreviewed.reviewer", vm.reviewer()));
        who.setStyle("-fx-text-fill: #555;");
        Button mark = Fx.button(m.get("unreviewed.mark"), Feather.CHECK_CIRCLE);
        mark.setId("mark-reviewed");
        mark.disableProperty().bind(vm.selectedProperty().isNull());
        mark.setOnAction(e -> vm.markSelected());
        Button open = Fx.button(m.get("unreviewed.open"), Feather.EDIT);
        open.setId("open-unreviewed");
        open.disableProperty().bind(vm.selectedProperty().isNull());
        open.setOnAction(e -> vm.openSelected());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, mark, open, gap, who);
        actions.setAlignment(Pos.CENTER_LEFT);

        TextArea record = text(vm.recordProperty());
        TextArea article = text(vm.articleProperty());
        VBox saved = new VBox(4, new Label(m.get("unreviewed.saved")), record);
        VBox source = new VBox(4, new Label(m.get("unreviewed.article")), article);
        VBox.setVgrow(record, Priority.ALWAYS);
        VBox.setVgrow(article, Priority.ALWAYS);
        SplitPane sides = new SplitPane(saved, source);
        sides.setDividerPositions(0.45);
        SplitPane split = new SplitPane(table, sides);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(8, intro, actions, split);
        root.setPadding(new Insets(10));
    }

    private static TextArea text(javafx.beans.value.ObservableValue<String> value) {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.setWrapText(true);
        area.textProperty().bind(value);
        return area;
    }

    public Parent root() {
        return root;
    }
}
