package vn.protocolbrief.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.store.SearchIndex;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.Pickers;
import vn.protocolbrief.ui.common.SearchPicker;
import vn.protocolbrief.ui.records.RecordsViewModel;

import static vn.protocolbrief.ui.common.Fx.labels;

/**
 * The bar over the window: the province and partner pickers, the recent pairs, the search over everything
 * (Ctrl+K or Ctrl+F), the window's language and the guide.
 */
final class PairBar {
    private final MainViewModel vm;
    private final RecordsViewModel recordsVm;
    private final Messages m;
    private final Pickers pickers;
    private final Runnable showRecords;
    private final Runnable help;
    private final HBox bar;
    private TextField searchField;

    /**
     * @param showRecords brings the pair's records to the front (a search hit chosen)
     * @param help opens the short user guide
     */
    PairBar(MainViewModel vm, RecordsViewModel recordsVm, Messages messages, Pickers pickers,
            java.util.function.Consumer<String> switchLanguage, Runnable showRecords, Runnable help) {
        this.vm = vm;
        this.recordsVm = recordsVm;
        this.m = messages;
        this.pickers = pickers;
        this.showRecords = showRecords;
        this.help = help;
        this.bar = pickers(switchLanguage);
    }

    HBox node() {
        return bar;
    }

    /** The search box (its text is kept across a change of language). */
    TextField searchField() {
        return searchField;
    }

    private HBox pickers(java.util.function.Consumer<String> switchLanguage) {
        SearchPicker<Province> province = pickers.province();
        province.setId("province-picker");
        province.valueProperty().bindBidirectional(vm.provinceProperty());
        SearchPicker<Partner> partner = pickers.partner();
        partner.setId("partner-picker");
        partner.valueProperty().bindBidirectional(vm.partnerProperty());
        // The window is laid out before the store answers: the pickers say it is being opened, not "choose".
        for (SearchPicker<?> picker : java.util.List.of(province, partner)) {
            picker.promptTextProperty().bind(javafx.beans.binding.Bindings.when(vm.openingProperty())
                    .then(m.get("store.openingShort")).otherwise(m.get("picker.prompt")));
        }
        TextField search = searchBox();
        searchField = search;
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label provinceLabel = new Label(m.get("picker.province"));
        Label partnerLabel = new Label(m.get("picker.partner"));
        for (Label l : new Label[]{provinceLabel, partnerLabel}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("ui-language");
        language.getItems().setAll("vi", "en");
        language.setValue(m.lang());
        language.setConverter(labels(l -> m.get("lang." + l)));
        language.setTooltip(new javafx.scene.control.Tooltip(m.get("ui.language")));
        language.valueProperty().addListener((o, a, chosen) -> {
            if (chosen != null && !chosen.equals(m.lang())) {
                // After this event: the switch replaces this very view.
                javafx.application.Platform.runLater(() -> switchLanguage.accept(chosen));
            }
        });
        // Each picker asks for the width of the whole name it shows (a long partner's name is not cut at 1366 or
        // 1440 pixels), the search box for its whole prompt; narrow windows (1024 pixels) keep every control
        // whole: the pickers and the search box give way first.
        fitToText(province.getEditor(), 38);
        fitToText(partner.getEditor(), 38);
        province.prefWidthProperty().bind(province.getEditor().prefWidthProperty());
        partner.prefWidthProperty().bind(partner.getEditor().prefWidthProperty());
        fitToText(search, 0);
        province.setMinWidth(150);
        partner.setMinWidth(150);
        search.setMinWidth(110);
        language.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.control.MenuButton recent = new javafx.scene.control.MenuButton(null,
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.CLOCK));
        recent.setId("recent-pairs");
        recent.setTooltip(new javafx.scene.control.Tooltip(m.get("recent.title")));
        recent.setAccessibleText(m.get("recent.title"));
        recent.setMinWidth(Region.USE_PREF_SIZE);
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (RecentPairs.RecentPair r : vm.recentPairs()) {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(r.label());
                item.setOnAction(e -> vm.choose(r));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                javafx.scene.control.MenuItem none = new javafx.scene.control.MenuItem(m.get("recent.none"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        };
        vm.recentPairs().addListener((javafx.collections.ListChangeListener<RecentPairs.RecentPair>) c -> fillRecent.run());
        fillRecent.run();
        Button help = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.HELP_CIRCLE));
        help.setId("help-button");
        help.setTooltip(new javafx.scene.control.Tooltip(m.get("help.title") + " (F1)"));
        help.setAccessibleText(m.get("help.title"));
        help.setMinWidth(Region.USE_PREF_SIZE);
        help.setOnAction(e -> this.help.run());
        // The pair's count sits at the foot beside the store's name (WindowFoot): the bar keeps its width for the
        // whole names.
        HBox bar = new HBox(6, provinceLabel, province, partnerLabel, partner, recent, search, spacer, language, help);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 8, 10, 8));
        return bar;
    }

    /**
     * A field's preferred width follows its text or, empty, its prompt: the text, the field's own padding and
     * {@code extra} (a chevron drawn over it).
     */
    private static void fitToText(TextField field, double extra) {
        field.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            String shown = field.getText() == null || field.getText().isEmpty() ? field.getPromptText() : field.getText();
            javafx.scene.text.Text text = new javafx.scene.text.Text(shown == null ? "" : shown);
            text.setFont(field.getFont());
            return Math.max(160, Math.ceil(text.getLayoutBounds().getWidth()) + 24 + extra);
        }, field.textProperty(), field.promptTextProperty(), field.fontProperty()));
    }

    /** One box over everything (Ctrl+K or Ctrl+F); choosing a meeting or a request shows its pair. */
    private TextField searchBox() {
        TextField field = new TextField();
        field.setId("search");
        field.setPromptText(m.get("search.prompt"));
        field.setTooltip(new javafx.scene.control.Tooltip(m.get("search.tooltip")));
        field.setPrefWidth(250);
        ListView<SearchIndex.Hit> list = new ListView<>(vm.searchBox().hits());
        list.setId("search-hits");
        list.setPrefSize(620, 360);
        list.setStyle("-fx-hbar-policy: never;");
        list.setPlaceholder(new Label(m.get("search.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SearchIndex.Hit hit, boolean empty) {
                super.updateItem(hit, empty);
                if (empty || hit == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label title = new Label(m.get("kind." + hit.kind().id()) + " · " + hit.title());
                title.setStyle("-fx-font-weight: bold;");
                title.setWrapText(true);
                title.setMaxWidth(580);
                Label snippet = new Label(hit.snippet());
                snippet.setWrapText(true);
                snippet.setMaxWidth(580);
                setGraphic(new VBox(2, title, snippet));
                setText(null);
            }
        });
        Popup popup = new Popup();
        popup.setAutoHide(true);
        popup.getContent().add(list);
        Runnable searchNow = () -> {
            vm.searchBox().search(field.getText());
            var at = field.localToScreen(0, field.getHeight());
            if (at != null && !popup.isShowing() && !field.getText().isBlank()) {
                // Keep the list inside the window: it is wider than the box.
                var window = field.getScene().getWindow();
                double x = Math.min(at.getX(), window.getX() + window.getWidth() - list.getPrefWidth() - 8);
                popup.show(field, Math.max(window.getX(), x), at.getY());
            }
        };
        field.setOnAction(e -> searchNow.run());
        // As the officer types: searched once the typing pauses, on a background task (see MainViewModel.search).
        javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
        typing.setOnFinished(e -> searchNow.run());
        field.textProperty().addListener((o, a, b) -> {
            if (field.isFocused()) {
                typing.playFromStart();
            }
        });
        Runnable openSelected = () -> {
            SearchIndex.Hit hit = list.getSelectionModel().getSelectedItem();
            if (hit != null) {
                popup.hide();
                if (hit.kind() == SearchIndex.Kind.SOURCE) {
                    // An article: shown as the meeting it was recorded in.
                    vm.openSource(hit.refId(), id -> recordsVm.select(RecordsViewModel.Kind.MEETING, id));
                    showRecords.run();
                    return;
                }
                vm.searchBox().open(hit);
                // Shown in the detail pane once the hit's pair is loaded.
                switch (hit.kind()) {
                    case MEETING -> recordsVm.select(RecordsViewModel.Kind.MEETING, hit.refId());
                    case REQUEST -> recordsVm.select(RecordsViewModel.Kind.REQUEST, hit.refId());
                    case PERSON -> recordsVm.select(RecordsViewModel.Kind.PERSON, hit.refId());
                    default -> { }
                }
                showRecords.run();
            }
        };
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
            }
        });
        field.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                for (KeyCombination keys : new KeyCombination[]{new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)}) {
                    scene.getAccelerators().put(keys, () -> {
                        field.requestFocus();
                        field.selectAll();
                    });
                }
            }
        });
        return field;
    }
}
