package vn.protocolbrief.store;

import java.util.List;

/**
 * The phrase-first check of a search ({@link SearchIndex#holdsPhrase}) made without building the snippet: whether
 * the folded title and the stretch of the folded body a snippet would show, read as words (letters and digits, every
 * other run of characters one space, as {@code Text.keyOfFolded}), hold the phrase. The snippet's own touches — its
 * "…" marks, its whitespace runs made one space, its ends stripped — are all characters that reading as words turns
 * into a space anyway, so the stretch's bounds are all it needs; the text is read as words into one array and the
 * phrase looked for there. Up to a hundred candidates are checked for each search of several words: building each
 * one's snippet string, joining it to the title and reading that as words again was a quarter of the client's part
 * of such a search (JFR, ten clients, pf14).
 */
final class FoldedPhrase {
    private FoldedPhrase() {
    }

    /** See {@link SearchIndex#holdsPhrase}; {@code phrase} is the words joined by single spaces. */
    static boolean holds(String ftitle, String fbody, List<String> words, String phrase) {
        String title = String.valueOf(ftitle);
        int[] stretch = stretch(fbody, words, phrase);
        char[] out = new char[title.length() + 1 + stretch[1] - stretch[0]];
        int n = 0;
        boolean space = true;
        for (int part = 0; part < 3; part++) {
            String s = part == 0 ? title : part == 1 ? " " : fbody;
            int from = part == 2 ? stretch[0] : 0;
            int to = part == 2 ? stretch[1] : s.length();
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    out[n++] = c;
                    space = false;
                } else if (!space) {
                    out[n++] = ' ';
                    space = true;
                }
            }
        }
        if (n > 0 && out[n - 1] == ' ') {
            n--;
        }
        return indexOf(out, n, phrase);
    }

    /**
     * The bounds in the folded body of the stretch {@link SearchIndex#snippet} shows: around the phrase, else around
     * the first word found, widened to whole words; the body's beginning when no word is found; none for no body.
     */
    static int[] stretch(String fbody, List<String> words, String phrase) {
        if (fbody == null || fbody.isEmpty()) {
            return new int[]{0, 0};
        }
        int at = fbody.indexOf(phrase);
        for (String w : at >= 0 ? List.<String>of() : words) {
            int i = fbody.indexOf(w);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        int length = fbody.length();
        if (at < 0) {
            return new int[]{0, Math.min(length, 2 * SearchIndex.SNIPPET_RADIUS)};
        }
        int start = Math.max(0, at - SearchIndex.SNIPPET_RADIUS);
        int end = Math.min(length, at + SearchIndex.SNIPPET_RADIUS);
        while (start > 0 && !Character.isWhitespace(fbody.charAt(start - 1))) {
            start--;
        }
        while (end < length && !Character.isWhitespace(fbody.charAt(end))) {
            end++;
        }
        return new int[]{start, end};
    }

    private static boolean indexOf(char[] text, int n, String phrase) {
        int m = phrase.length();
        outer:
        for (int i = 0; i + m <= n; i++) {
            for (int j = 0; j < m; j++) {
                if (text[i + j] != phrase.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
