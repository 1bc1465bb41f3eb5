package vn.protocolbrief.ui.common;

/** What view-models ask of the person at the window; a test double answers in tests. */
public interface DialogService {
    void showError(String title, String message);

    void showInformation(String title, String message);

    boolean confirm(String title, String message);

    /** Lets the person fill in or change a record; true when they saved it (the form then holds the values). */
    boolean edit(RecordForm form);
}
