package vn.protocolbrief.ui.shell;

/**
 * Whether the window, given the focus back, reads the store again. The focus left to one of the window's own dialogs:
 * nothing else wrote meanwhile, and a dialog that says a read failed must not bring the same read (and dialog) back
 * when it closes. The focus left to another application (a terminal's import, another officer's window on a shared
 * screen): what the window shows may be out of date, and is read again.
 */
final class ReturnToWindow {
    private final Runnable readAgain;
    private boolean awayInAnotherApplication;

    ReturnToWindow(Runnable readAgain) {
        this.readAgain = readAgain;
    }

    /** The window lost the focus, to one of its own windows (a dialog, a menu) or to another application. */
    void left(boolean forOwnWindow) {
        awayInAnotherApplication = !forOwnWindow;
    }

    /** The window has the focus again. */
    void returned() {
        if (awayInAnotherApplication) {
            awayInAnotherApplication = false;
            readAgain.run();
        }
    }
}
