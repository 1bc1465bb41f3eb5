package vn.protocolbrief.ui.brief;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import vn.protocolbrief.brief.ThankYouLetters;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.VisitOutcomeService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;

/** After the visit (issue 21): what happened recorded as a meeting, and the thank-you letter drafted from it. */
public final class AfterTheVisit {
    private final Store store;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;

    AfterTheVisit(Store store, DialogService dialogs, Messages messages, Clock clock) {
        this.store = store;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    /** "Record what happened" for a saved visit; empty, after saying why, when there is none to record. */
    Optional<VisitOutcomeViewModel> recordOutcome(Visit v) {
        if (v == null) {
            dialogs.showError(messages.get("error.title"), messages.get("outcome.noVisit"));
            return Optional.empty();
        }
        var recorded = new VisitOutcomeService(store).meetingOf(v.id());
        if (recorded.isPresent()) {
            dialogs.showInformation(messages.get("outcome.title"), messages.format("outcome.already", recorded.get()));
            return Optional.empty();
        }
        VisitOutcomeViewModel outcome = new VisitOutcomeViewModel(store, messages, v.id(), clock);
        outcome.load();
        return Optional.of(outcome);
    }

    /** Whether the visit's meeting is recorded, so that its thank-you letter can be drafted. */
    boolean letterPossible(Visit v) {
        return v != null && new VisitOutcomeService(store).meetingOf(v.id()).isPresent();
    }

    /** Writes the visit's thank-you letter (.docx or .pdf by the name) in {@code lang}. */
    boolean draftLetter(Visit v, String lang, Path target) {
        try {
            var letters = new ThankYouLetters(store);
            letters.write(letters.draft(v.id(), lang), target);
            return true;
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("error.title"), messages.reason(e));
            return false;
        }
    }
}
