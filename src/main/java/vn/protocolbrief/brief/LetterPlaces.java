package vn.protocolbrief.brief;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Where the meeting a thank-you letter is for took place, as its record has it: the meeting's venue, several places
 * recorded as one venue separated by semicolons ("Trụ sở UBND tỉnh; Khu công nghiệp Phú Hà"). One place is said in
 * the thanks sentence; several are listed under it. In an English letter a place is said in the officer's English
 * rendering of the venue or in the pack's phrasebook ({@link Labels#visitText}); a place recorded only in Vietnamese
 * is quoted as the original, marked, on a line of its own (never inside an English sentence).
 */
final class LetterPlaces {
    private LetterPlaces() {
    }

    /** The places of a venue as recorded, in order; none when the record has no venue. */
    static List<String> of(String venue) {
        if (venue == null || venue.isBlank()) {
            return List.of();
        }
        return Arrays.stream(venue.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The place as said inside a sentence, or null when an English letter has only the Vietnamese for it. */
    static String inSentence(String place, Labels labels, boolean en) {
        if (!en) {
            return place;
        }
        // The officer's English of the venue, else the pack's phrasebook for a visit's venue, else none.
        String said = labels.visitText(place);
        return said.startsWith(labels.get("original.mark") + " ") ? null : said;
    }

    /**
     * The places as a list under the thanks; true when a Vietnamese original was quoted (the letter then explains
     * the mark).
     */
    static boolean list(List<ThankYouLetter.Paragraph> body, List<String> places, Labels labels, boolean en,
                        BiFunction<String, Object[], String> word) {
        boolean originals = en && places.stream().anyMatch(p -> inSentence(p, labels, true) == null);
        body.add(new ThankYouLetter.Paragraph(word.apply(originals ? "places.original" : "places", new Object[0]),
                false));
        for (int i = 0; i < places.size(); i++) {
            String said = inSentence(places.get(i), labels, en);
            // Items end with a semicolon, the last with a full stop, as a list in an official letter.
            String item = said == null ? null : i < places.size() - 1 ? word.apply("place.item", new Object[] {said})
                    : said + ".";
            body.add(new ThankYouLetter.Paragraph(item != null ? item : labels.record(places.get(i)), true));
        }
        return originals;
    }
}
