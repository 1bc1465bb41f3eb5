package vn.protocolbrief.ui.common;

/** What view-models ask of the person at the window; a test double answers in tests. */
public interface DialogService {
    void showError(String title, String message);

    void showInformation(String title, String message);

    boolean confirm(String title, String message);

    /**
     * A question whose buttons say what each does ("Tạo bản nháp trống", "Bỏ qua bài này"); true for the action.
     * When {@code destructive}, the safe button is the default one, so Enter never destroys anything.
     */
    boolean ask(String title, String message, String action, String otherwise, boolean destructive);

    /**
     * A question with several answers, each a button saying what it does; the index of the one chosen (the last,
     * the safe one, when the window is closed). Without a window of its own: the first answer or the last.
     */
    default int choose(String title, String message, java.util.List<String> answers) {
        return ask(title, message, answers.get(0), answers.get(answers.size() - 1), true) ? 0 : answers.size() - 1;
    }

    /** Lets the person fill in or change a record; true when they saved it (the form then holds the values). */
    boolean edit(RecordForm form);
}
