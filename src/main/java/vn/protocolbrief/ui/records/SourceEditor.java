package vn.protocolbrief.ui.records;

import vn.protocolbrief.service.SourceService;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.RecordForm;

/**
 * "Sửa nguồn": the officer completes what a reader needs to check a source (newspaper, headline, date, address).
 * The same service as `source edit`, so the checks, the one transaction and the undo are the same.
 */
final class SourceEditor {
    private final DialogService dialogs;
    private final RecordText t;
    private final SourceService sources;

    SourceEditor(DialogService dialogs, RecordText text, SourceService sources) {
        this.dialogs = dialogs;
        this.t = text;
        this.sources = sources;
    }

    /** The source as it is now; off the FX thread. */
    SourceService.Listed read(String id) {
        return sources.list(null).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(t.messages().format("rec.noSuchSource", id)));
    }

    /** Asks on the FX thread; the write to run off it, or null when the officer cancelled or changed nothing. */
    Runnable ask(SourceService.Listed s) {
        RecordForm f = new RecordForm(t.get("rec.editSource"), t.messages().lang())
                .text("newspaper", t.get("rec.newspaper"), s.newspaper(), false)
                .text("headline", t.get("rec.headline"), s.headline(), false)
                .date("date", t.get("rec.date"), s.date(), false)
                .text("url", t.get("rec.url"), s.url(), false)
                .rule("url", v -> v == null || v.isBlank() || v.matches("(?i)https?://[^\\s/]+\\.[^\\s]+")
                        ? null : "form.error.url");
        if (!dialogs.edit(f)) {
            return null;
        }
        // A blank field clears it; a blank date leaves the date as it was (a source keeps the date it was read with).
        var edit = new SourceService.Edit(blankIsEmpty(f.value("newspaper")), blankIsEmpty(f.value("headline")),
                f.value("date"), blankIsEmpty(f.value("url")));
        return () -> sources.edit(s.id(), edit);
    }

    private static String blankIsEmpty(String v) {
        return v == null ? "" : v;
    }
}
