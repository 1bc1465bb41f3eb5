package vn.protocolbrief.domain;

import java.util.List;

/** Records' lists: never null, never holding an empty entry (a hand-edited file may have either). */
public final class Lists {
    private Lists() {
    }

    /** An unmodifiable copy; null is the empty list; a null entry is refused, naming the list. */
    public static <T> List<T> copy(List<T> list, String what) {
        if (list == null) {
            return List.of();
        }
        for (T t : list) {
            if (t == null) {
                throw new IllegalArgumentException("an empty (null) entry in " + what);
            }
        }
        return List.copyOf(list);
    }
}
