package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.domain.LearnedWord;
import vn.protocolbrief.domain.Text;

/** The office's own words as the importer uses them (see {@link LearnedWord}). */
public record Vocabulary(Map<String, String> partnerNames, Map<String, String> nameParts, List<String> titles) {
    public static final Vocabulary EMPTY = new Vocabulary(Map.of(), Map.of(), List.of());

    public static Vocabulary of(List<LearnedWord> words) {
        Map<String, String> partners = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<String> titles = new ArrayList<>();
        for (LearnedWord w : words) {
            switch (w.kind()) {
                case PARTNER_NAME -> {
                    String folded = Text.fold(w.phrase()).strip();
                    if (folded.length() >= 3) {
                        partners.put(folded, w.value());
                    }
                }
                case NAME_PART -> names.put(Romaji.reduce(w.phrase()), w.value());
                case TITLE -> titles.add(w.phrase());
            }
        }
        return new Vocabulary(Map.copyOf(partners), Map.copyOf(names), List.copyOf(titles));
    }
}
