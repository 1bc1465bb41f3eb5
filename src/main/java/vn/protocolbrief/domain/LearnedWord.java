package vn.protocolbrief.domain;

import java.util.Locale;

/**
 * A word of the office's own vocabulary, learned when an officer corrected a draft in review: how the local
 * press names a partner, a Japanese title phrase, which part of a Japanese name is the family name. The
 * importer reads the next article with it; it travels with export and import-json.
 */
public record LearnedWord(Kind kind, String phrase, String value, String learnedAt) {
    /** What a learned word says. */
    public enum Kind {
        /** {@code phrase} (as the text writes it) names the partner whose id is {@code value}. */
        PARTNER_NAME,
        /** {@code phrase} is a title a Japanese person holds; {@code value} the partner kind it implies, or "". */
        TITLE,
        /** {@code phrase} (a romanised word) is a family name ({@code value} "family") or a given name ("given"). */
        NAME_PART;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromId(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    public LearnedWord {
        if (kind == null || phrase == null || phrase.isBlank() || value == null) {
            throw new IllegalArgumentException("A learned word needs a kind, a phrase and a value.");
        }
        phrase = Text.nfc(phrase.strip());
        value = Text.nfc(value.strip());
    }
}
