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

    /** Lets the person fill in or change a record; true when they saved it (the form then holds the values). */
    boolean edit(RecordForm form);
}
