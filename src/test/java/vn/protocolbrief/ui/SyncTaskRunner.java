package vn.protocolbrief.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import vn.protocolbrief.ui.common.TaskRunner;

/** Runs work at once on the calling thread: view-models tested without a window or waiting. */
public final class SyncTaskRunner implements TaskRunner {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
