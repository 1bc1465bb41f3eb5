package vn.protocolbrief.ui;

import java.util.ArrayList;
import java.util.List;
import vn.protocolbrief.ui.common.DialogService;

/** Remembers what would have been shown, and answers confirmations as told. */
public final class RecordingDialogs implements DialogService {
    public final List<String> shown = new ArrayList<>();
    public boolean answer = true;

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + title + " — " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add("info: " + title + " — " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add("confirm: " + title + " — " + message);
        return answer;
    }
}
