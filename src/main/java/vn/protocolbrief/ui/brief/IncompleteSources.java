package vn.protocolbrief.ui.brief;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.brief.BriefModel;
import vn.protocolbrief.ui.common.Messages;

/**
 * The sources of the pack last made that a reader could not check (an article without headline, newspaper or web
 * address), one line each with what is missing and where to complete it: the sources annex flags them too, and the
 * officer completes them before printing ("The relationship" tab, a meeting's Sources, "Edit source"; or `source edit`).
 */
public final class IncompleteSources {
    private final Messages messages;
    private final ObservableList<String> lines = FXCollections.observableArrayList();

    IncompleteSources(Messages messages) {
        this.messages = messages;
    }

    /** The lines for a pack's model (none when every cited article can be checked). */
    void show(BriefModel model) {
        List<String> out = new ArrayList<>();
        for (BriefModel.SourceItem s : model == null ? List.<BriefModel.SourceItem>of() : model.sources()) {
            List<String> missing = s.missing(); // none for the visit's own record or a fixed reference
            if (!missing.isEmpty()) {
                out.add(messages.format("composer.source.incomplete", s.number(), s.sourceId(),
                        String.join(" / ", missing.stream().map(k -> messages.get("composer.source." + k)).toList())));
            }
        }
        lines.setAll(out);
    }

    public ObservableList<String> lines() {
        return lines;
    }
}
