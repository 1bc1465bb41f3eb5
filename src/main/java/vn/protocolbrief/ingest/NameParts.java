package vn.protocolbrief.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How likely a romanised word is a Japanese family name or a given name, from ENAMDICT (how many kanji
 * spellings it has as each, assets/ingest/japanese-name-parts.csv) and the hundred commonest surnames.
 * The office's own corrections (a family name an officer confirmed) count most. Loaded once, on first use.
 */
final class NameParts {
    private static volatile NameParts instance;

    private final String[] keys;
    private final int[] surname;
    private final int[] given;
    private final Set<String> common;

    private NameParts(String[] keys, int[] surname, int[] given, Set<String> common) {
        this.keys = keys;
        this.surname = surname;
        this.given = given;
        this.common = common;
    }

    static NameParts get() {
        if (instance == null) {
            synchronized (NameParts.class) {
                if (instance == null) {
                    instance = load();
                }
            }
        }
        return instance;
    }

    private static NameParts load() {
        List<String> k = new ArrayList<>(90_000);
        int[] s = new int[90_000];
        int[] g = new int[90_000];
        try (InputStream in = NameParts.class.getResourceAsStream("/assets/ingest/japanese-name-parts.csv")) {
            if (in == null) {
                throw new IllegalStateException("The importer's Japanese name list is missing from the application.");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                int a = line.indexOf(',');
                int b = line.indexOf(',', a + 1);
                if (a <= 0 || b <= a) {
                    continue;
                }
                int i = k.size();
                if (i == s.length) {
                    s = Arrays.copyOf(s, i * 2);
                    g = Arrays.copyOf(g, i * 2);
                }
                k.add(line.substring(0, a));
                s[i] = Integer.parseInt(line, a + 1, b, 10);
                g[i] = Integer.parseInt(line, b + 1, line.length(), 10);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the importer's Japanese name list.", e);
        }
        // The file is sorted by romaji (the generator writes it so); binary search relies on it.
        String[] keys = k.toArray(new String[0]);
        for (int i = 1; i < keys.length; i++) {
            if (keys[i - 1].compareTo(keys[i]) >= 0) {
                throw new IllegalStateException("japanese-name-parts.csv is not sorted at " + keys[i]);
            }
        }
        return new NameParts(keys, Arrays.copyOf(s, keys.length), Arrays.copyOf(g, keys.length),
                IngestData.get().commonJpSurnames);
    }

    /** Evidence that the word is a family name: log of its surname spellings, more for the commonest. */
    double surnameScore(String word, Map<String, String> learned) {
        String r = Romaji.reduce(word);
        if ("family".equals(learned.get(r))) {
            return 20;
        }
        if ("given".equals(learned.get(r))) {
            return 0;
        }
        int i = Arrays.binarySearch(keys, r);
        double score = i < 0 ? 0 : Math.log1p(surname[i]);
        return common.contains(r) ? score + 3 : score;
    }

    /** Evidence that the word is a given name. */
    double givenScore(String word, Map<String, String> learned) {
        String r = Romaji.reduce(word);
        if ("given".equals(learned.get(r))) {
            return 20;
        }
        if ("family".equals(learned.get(r))) {
            return 0;
        }
        int i = Arrays.binarySearch(keys, r);
        return i < 0 ? 0 : Math.log1p(given[i]);
    }

    /** True when the dictionary knows the word as a name part at all. */
    boolean known(String word) {
        return Arrays.binarySearch(keys, Romaji.reduce(word)) >= 0;
    }
}
