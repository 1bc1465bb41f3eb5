package vn.protocolbrief.brief;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;

/**
 * A clause of a meeting's outcome that records something handed over or presented ("bàn giao 02 dự án …",
 * "trao tặng 100 bộ sách"): a leader says it as what took place, never as what both sides
 * agreed ("hai bên đã thống nhất: bàn giao …" made a handover ceremony sound like a negotiation, rd13).
 */
final class Handover {
    /** The verbs of a handover in administrative Vietnamese, folded, after an optional "đã". */
    private static final Pattern VI = Pattern.compile("^(?:da |le )?(?:ban giao|trao tang)\\b.*");
    /** The same in the officer's English rendering. */
    private static final Pattern EN = Pattern.compile("(?i)^(?:the )?(?:hand(?:ed|ing)? ?over|handover|presentation"
            + " of)\\b.*");

    private Handover() {
    }

    /** True when the Vietnamese clause, or its English rendering when given, opens with a handover. */
    static boolean is(String vi, String en) {
        if (en != null && EN.matcher(en.strip()).matches()) {
            return true;
        }
        return vi != null && VI.matcher(Text.fold(vi.strip()).toLowerCase(Locale.ROOT)).matches();
    }

    /** The clauses as said after "… took place:" — without the "đã" that opened them, in lower case. */
    static String said(String clauses, boolean english) {
        if (english) {
            return EnglishSpeech.lower(clauses.strip());
        }
        return SpeechText.lowerFirst(clauses.strip().replaceFirst("^(?iu)đã\\s+", ""));
    }
}
