package vn.protocolbrief.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import vn.protocolbrief.ui.common.Messages;

/** The store menu's part about store files: "Open store…", "New empty store…", then the recent store files. */
final class StoreFileItems {
    private StoreFileItems() {
    }

    static List<MenuItem> of(StoreChoices choices, Messages m) {
        List<MenuItem> items = new ArrayList<>();
        items.add(new SeparatorMenuItem());
        MenuItem open = new MenuItem(m.get("storeFile.open"));
        open.setId("store-open");
        open.setOnAction(e -> later(choices::openFile));
        MenuItem create = new MenuItem(m.get("storeFile.create"));
        create.setId("store-create");
        create.setOnAction(e -> later(choices::createEmpty));
        items.add(open);
        items.add(create);
        List<Path> recent = choices.recent();
        if (!recent.isEmpty()) {
            items.add(new SeparatorMenuItem());
            MenuItem heading = new MenuItem(m.get("storeFile.recent"));
            heading.setDisable(true);
            items.add(heading);
            for (Path p : recent) {
                // The file's name first: a folder path alone does not tell two stores apart at a glance.
                MenuItem item = new MenuItem(m.format("storeFile.recentItem", p.getFileName(), p.getParent()));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> choices.open(p));
                items.add(item);
            }
        }
        return items;
    }

    /**
     * Once the closed menu has been painted away: a file chooser opened at once (even on the next turn of the FX
     * thread) left the menu painted beneath it, as seen under Xvfb.
     */
    private static void later(Runnable action) {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }
}
