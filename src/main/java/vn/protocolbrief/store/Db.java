package vn.protocolbrief.store;

import java.util.Locale;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Text;

/** Column conventions: enums as lower-case ids, partial dates as ISO text, text as NFC. */
final class Db {
    private Db() {
    }

    static String id(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String id) {
        return id == null ? null : Enum.valueOf(type, id.toUpperCase(Locale.ROOT));
    }

    static String date(PartialDate d) {
        return d == null ? null : d.iso();
    }

    static PartialDate date(String iso) {
        return PartialDate.of(iso);
    }

    static String text(String s) {
        return Text.clean(s);
    }
}
