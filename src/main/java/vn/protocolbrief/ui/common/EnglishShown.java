package vn.protocolbrief.ui.common;

import java.util.Map;
import java.util.function.UnaryOperator;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.store.Reads;

/**
 * A record text as the window shows it: in an English window, the officer's English rendering where one exists and
 * is up to date; otherwise the text as recorded. Every list and pane of the window asks here, so that an English
 * window never shows the Vietnamese of one text in one place and its English in another.
 */
public final class EnglishShown implements UnaryOperator<String> {
    private static final EnglishShown AS_RECORDED = new EnglishShown(Map.of());
    private final Map<String, String> english;

    private EnglishShown(Map<String, String> english) {
        this.english = english;
    }

    /** Reads the renderings when the window is English (off the FX thread); a Vietnamese window needs none. */
    public static EnglishShown read(Reads reads, String lang) {
        return "en".equals(lang) ? new EnglishShown(reads.englishByOriginal()) : AS_RECORDED;
    }

    @Override
    public String apply(String text) {
        String key = EnglishRendering.key(text);
        String en = key == null ? null : english.get(key);
        // A rendering written for Vietnamese since edited is out of date: the window shows the Vietnamese.
        return en == null || EnglishRendering.STALE.equals(en) ? text : en;
    }
}
