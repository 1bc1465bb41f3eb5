package vn.protocolbrief.ui.records;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import vn.protocolbrief.ui.common.Messages;

/** The "Sắp đến hạn / Due soon" strip under the pickers (every pair) and the pair's own list (a records tab). */
public final class DueSoonView {
    private static final int STRIP_LINES = 4;
    private final DueSoonViewModel vm;
    private final Messages m;

    public DueSoonView(DueSoonViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
    }

    /** Every pair's items due soon or overdue, a few lines; hidden when nothing is due. */
    public Parent strip() {
        VBox box = new VBox(2);
        box.setId("due-soon");
        box.setPadding(new Insets(4, 12, 4, 12));
        box.setStyle("-fx-background-color: #fff8e1;");
        Runnable fill = () -> {
            box.getChildren().clear();
            Label heading = new Label(m.format("due.heading", DueSoonViewModel.SOON_DAYS, vm.soon().size()));
            heading.setStyle("-fx-font-weight: bold;");
            box.getChildren().add(heading);
            vm.soon().stream().limit(STRIP_LINES).forEach(l -> box.getChildren().add(line(l)));
            if (vm.soon().size() > STRIP_LINES) {
                box.getChildren().add(new Label(m.format("due.more", vm.soon().size() - STRIP_LINES)));
            }
            box.setVisible(!vm.soon().isEmpty());
            box.setManaged(!vm.soon().isEmpty());
        };
        vm.soon().addListener((ListChangeListener<DueSoonViewModel.Line>) c -> fill.run());
        fill.run();
        return box;
    }

    /** What the chosen pair still owes, either side, soonest first. */
    public Parent ofPair() {
        ListView<DueSoonViewModel.Line> list = new ListView<>(vm.ofPair());
        list.setId("due-pair");
        list.setPlaceholder(new Label(m.get("due.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DueSoonViewModel.Line l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : l.text());
                setStyle(!empty && l != null && l.overdue() ? "-fx-text-fill: #b00020;" : "");
            }
        });
        return list;
    }

    private static Label line(DueSoonViewModel.Line l) {
        Label label = new Label(l.text());
        if (l.overdue()) {
            label.setStyle("-fx-text-fill: #b00020;");
        }
        return label;
    }
}
