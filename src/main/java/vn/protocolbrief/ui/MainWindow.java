package vn.protocolbrief.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.brief.ComposerView;
import vn.protocolbrief.ui.brief.ComposerViewModel;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.Pickers;
import vn.protocolbrief.ui.common.TaskRunner;
import vn.protocolbrief.ui.importing.ImportView;
import vn.protocolbrief.ui.importing.ImportViewModel;
import vn.protocolbrief.ui.records.RecordsViewModel;
import vn.protocolbrief.ui.shell.MainView;
import vn.protocolbrief.ui.shell.MainViewModel;

/** Puts the window together: one view-model per screen over one store, and their views. Tests build the same. */
public final class MainWindow {
    private final RecordsViewModel records;
    private final MainViewModel main;
    private final ImportViewModel importer;
    private final ComposerViewModel composer;
    private final Parent root;
    private final MainView view;
    private final vn.protocolbrief.ui.review.ReviewViewModel reviews;

    /**
     * @param openExternally opens a file in the system's viewer
     * @param switchLanguage told "vi" or "en" when the officer changes the interface language
     */
    public MainWindow(Store store, TaskRunner tasks, DialogService dialogs, Messages messages, Preferences prefs,
                      Consumer<Path> openExternally, Consumer<String> switchLanguage) {
        // Calendars and number formats follow the window's language, not the computer's locale.
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, "en".equals(messages.lang())
                ? java.util.Locale.UK : java.util.Locale.forLanguageTag("vi-VN"));
        main = new MainViewModel(store, tasks, dialogs, messages, prefs);
        Pickers pickers = new Pickers(main.provinces(), main.partners(), messages, main.names()::resolveProvince,
                main.names()::resolvePartner);
        records = new RecordsViewModel(store, tasks, dialogs, messages, main.pairProperty(), main::refresh);
        var dueSoon = new vn.protocolbrief.ui.records.DueSoonViewModel(store, tasks, messages, main.pairProperty(),
                java.time.Clock.systemDefaultZone());
        importer = new ImportViewModel(store, tasks, dialogs, messages, main::showMeeting);
        composer = new ComposerViewModel(store, tasks, dialogs, messages, main.pairProperty());
        main.onChanged(() -> {
            records.refresh();
            dueSoon.refresh();
            // Ctrl+Z may take back the mark of the visit the composer shows.
            composer.mark().reload();
        });
        view = new MainView(main, records, messages, pickers,
                () -> new ImportView(importer, messages, main.names().categories(), pickers).root(), importer::open,
                () -> new ComposerView(composer, messages, openExternally).root(), switchLanguage);
        reviews = new vn.protocolbrief.ui.review.ReviewViewModel(store, tasks, dialogs, messages, meetingId -> {
            main.showMeeting(meetingId);
            view.showRecords();
        });
        reviews.onReviewed(main::refresh);
        view.addScreen("tab-unreviewed", reviews.countProperty().map(n -> messages.format("tab.unreviewed", n)),
                new vn.protocolbrief.ui.review.ReviewView(reviews, messages).root(),
                org.kordamp.ikonli.feather.Feather.CHECK_SQUARE, reviews::refresh);
        reviews.refresh();
        var travel = new vn.protocolbrief.ui.travel.TravelViewModel(store, tasks, dialogs, messages);
        if (travel.isTravelCopy()) {
            travel.onChanged(main::refresh);
            view.addScreen("tab-travel", travel.countProperty().map(n -> messages.format("tab.travel", n)),
                    new vn.protocolbrief.ui.travel.TravelView(travel, messages).root(),
                    org.kordamp.ikonli.feather.Feather.BRIEFCASE, travel::refresh);
            travel.refresh();
        }
        // F5, the Refresh button, or the window given the focus back from another application: every screen reads
        // what it shows again (a colleague's import into the office store, the command line's).
        main.onStoreReadAgain(() -> {
            records.refresh();
            dueSoon.refresh();
            reviews.refresh();
            if (travel.isTravelCopy()) {
                travel.refresh();
            }
        });
        var dueView = new vn.protocolbrief.ui.records.DueSoonView(dueSoon, messages);
        view.addDueSoon(dueView.strip(), dueView.ofPair(), messages.get("tab.due"));
        dueSoon.refresh();
        root = view.root();
        root.getStylesheets().add(MainWindow.class.getResource("/vn/protocolbrief/ui/app.css").toExternalForm());
        view.onNewMeeting(this::newMeeting);
        // When the last article is saved or skipped, show the relationship it went into.
        importer.formProperty().addListener((o, was, now) -> {
            if (was != null) {
                reviews.refresh(); // a saved article may have reviewed a meeting
            }
            if (was != null && now == null) {
                view.showRecords();
            }
        });
    }

    /** What the store menu does: connect to an office store, or go back to this computer's. */
    public void onStoreMenu(Runnable connectOffice, Runnable useLocalStore,
                            vn.protocolbrief.ui.shell.StoreChoices storeFiles) {
        view.onStoreMenu(connectOffice, useLocalStore, storeFiles);
    }

    /** Records a meeting of the chosen pair by hand, in the one form the import screen shows. */
    public void newMeeting() {
        var pair = main.pairProperty().get();
        if (pair == null) {
            return;
        }
        view.showImport();
        importer.newMeeting(pair);
    }

    /** Shows the import screen with these articles under review (files opened with the application). */
    public void openArticles(java.util.List<Path> files) {
        view.showImport();
        importer.open(files);
    }

    public Parent root() {
        return root;
    }

    /** The screens, for a tour of the window (screenshots) and for tests. */
    public void showComposer() {
        view.showComposer();
    }

    public void showRecords() {
        view.showRecords();
    }

    /** What the window shows (search text, screen, records tab), kept when it is rebuilt in another language. */
    public MainView.Shown shown() {
        return view.shown();
    }

    public void show(MainView.Shown shown) {
        view.show(shown);
    }

    public MainViewModel main() {
        return main;
    }

    public ImportViewModel importer() {
        return importer;
    }

    public ComposerViewModel composer() {
        return composer;
    }

    public vn.protocolbrief.ui.review.ReviewViewModel reviews() {
        return reviews;
    }

    public RecordsViewModel records() {
        return records;
    }
}
