package vn.protocolbrief.ui.records;

import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * A form's save checked against the version of the record the form was opened at. When a colleague saved the
 * record meanwhile the save is refused (the store says who and when); the window then shows both versions, theirs
 * read again from the store and the officer's as typed, for the officer to keep theirs, overwrite with theirs
 * replaced, or edit again from theirs.
 */
record VersionedWrite(long basedOn, LongConsumer save, Runnable overwrite, String mine,
                      Function<PairRecords, String> theirs) implements Runnable {
    @Override
    public void run() {
        save.accept(basedOn);
    }
}
