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

    /** Fills a form as the person would; returns whether they pressed Save. Default: cancel. */
    public java.util.function.Predicate<vn.protocolbrief.ui.common.RecordForm> editor = f -> false;

    @Override
    public boolean edit(vn.protocolbrief.ui.common.RecordForm form) {
        shown.add("edit: " + form.title());
        return editor.test(form) && form.errors().isEmpty();
    }

    @Override
    public boolean ask(String title, String message, String action, String otherwise, boolean destructive) {
        shown.add("ask: " + title + " — " + message + " [" + action + " / " + otherwise + "]");
        return answer;
    }

    /** The index answered to a question with several answers (default: the last, the safe one). */
    public int choice = -1;

    @Override
    public int choose(String title, String message, List<String> answers) {
        shown.add("choose: " + title + " — " + message + " " + answers);
        return choice < 0 ? answers.size() - 1 : choice;
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add("confirm: " + title + " — " + message);
        return answer;
    }
}
