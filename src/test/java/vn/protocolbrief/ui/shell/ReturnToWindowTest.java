package vn.protocolbrief.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 20: back from another application the window reads the store again; back from its own dialog it does not. */
class ReturnToWindowTest {
    int reads;
    ReturnToWindow back = new ReturnToWindow(() -> reads++);

    @Test
    void backFromAnotherApplicationTheStoreIsReadAgainOnce() {
        back.left(false);
        back.returned();
        back.returned();
        assertThat(reads).isEqualTo(1);
    }

    @Test
    void backFromTheWindowsOwnDialogNothingIsReadSoThatAFailedReadsDialogDoesNotComeBack() {
        back.left(true);
        back.returned();
        assertThat(reads).isZero();
    }
}
