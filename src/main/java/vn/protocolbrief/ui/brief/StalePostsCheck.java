package vn.protocolbrief.ui.brief;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import vn.protocolbrief.brief.BriefRequest;
import vn.protocolbrief.brief.BriefService;
import vn.protocolbrief.brief.StalePost;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;

/**
 * The check before a pack is made: posts it would take from records over a year older than the visit are printed
 * "as of" their date; the officer sees them listed with their dates and confirms them (kept with who and when, so the
 * pack prints them without the warning), or goes back to correct the records first.
 */
final class StalePostsCheck {
    private final Store store;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;

    StalePostsCheck(Store store, DialogService dialogs, Messages messages, Clock clock) {
        this.store = store;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    /** True when there is no such post, or the officer confirmed them. */
    boolean confirmed(BriefRequest request) {
        List<StalePost> stale;
        try {
            stale = new BriefService(store, clock).stalePosts(request);
        } catch (RuntimeException e) {
            return true; // the render itself says what is wrong
        }
        if (stale.isEmpty()) {
            return true;
        }
        String list = stale.stream().map(s -> "\u2022 " + s.line()).collect(Collectors.joining("\n"));
        if (!dialogs.ask(messages.get("composer.asOf.title"), messages.format("composer.asOf.message", list),
                messages.get("composer.asOf.confirm"), messages.get("composer.asOf.back"), false)) {
            return false;
        }
        // Kept with who and when: the pack prints these posts without the warning, and is not asked again.
        try {
            new BriefService(store, clock).confirmStalePosts(request);
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("composer.failed"), messages.reason(e));
            return false;
        }
        return true;
    }
}
