package vn.protocolbrief.brief;

/**
 * The pack's title ("Delegation of Kawasaki City led by Mayor …"), the same in the PDF and the Word file. An English
 * pack of a partner with no English name on record says the title without the name ("Delegation led by …") and
 * prints the Vietnamese name once under it, marked as the original (rd13: "Delegation of Liên đoàn Kinh tế vùng
 * Kansai Nhật Bản led by Chair …").
 */
final class CoverTitle {
    private CoverTitle() {
    }

    static String of(BriefModel m, Labels l) {
        var v = m.visit();
        String name = m.meta().partnerName();
        boolean unnamed = l.untranslated(name);
        String led = v.leader() == null ? null : v.leader().writtenAddress();
        if (unnamed) {
            return led == null ? l.get("cover.delegation.unnamed") : l.format("cover.delegation.led.unnamed", null, led);
        }
        return led == null ? l.format("cover.delegation", l.inSentence(name))
                : l.format("cover.delegation.led", l.inSentence(name), led);
    }

    /**
     * The title as the cover's line prints it: a common word at its end held to the word before, so that it never
     * stands alone on the title's last line ("… dẫn" / "đầu", rd13). A name there is held by {@link Unbreakable}.
     */
    static String line(BriefModel m, Labels l) {
        return of(m, l).replaceFirst(" (\\p{Ll}\\S*)$", Unbreakable.NBSP + "$1");
    }

    /** The partner's Vietnamese name marked as the original, when the title could not say it; else null. */
    static String original(BriefModel m, Labels l) {
        String name = m.meta().partnerName();
        return l.untranslated(name) ? l.record(name) : null;
    }
}
