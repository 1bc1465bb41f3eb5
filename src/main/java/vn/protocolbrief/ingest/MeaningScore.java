package vn.protocolbrief.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article means, scored the way the judging script does against DIR/statements.tsv, people.tsv and
 * gifts.tsv: requests with their direction (matched by the annotated gist's words), commitments, agreements or
 * thanks drafted as requests, people of both sides with their titles, gifts by giver.
 */
public final class MeaningScore {
    /** The counts behind the figures; all zero when the folder has no meaning files. */
    public static final class Counts {
        public int requestsWanted;
        public int requestsFound;
        public int requestsDrafted;
        public int requestsRight;
        public int misfiled;
        /** Why an annotated request was missed: drafted with the other direction, drafted as another kind, cut. */
        public int missedOtherDirection;
        public int missedAsOtherKind;
        public int missedCut;
        /** Annotated requests whose gist no draft item touches at all. */
        public int missedUnread;
        /** A drafted request that is a cut or overlong form of an annotated one (its gist's words half there). */
        public int draftedCut;
        public int peopleWanted;
        public int peopleFound;
        public int peopleDrafted;
        public int peopleRight;
        public int titlesWanted;
        public int titlesRight;
        public int giftsWanted;
        public int giftsDrafted;
        public int giftsRight;
        public boolean used;

        public double requestRecall() {
            return ratio(requestsFound, requestsWanted);
        }

        public double requestPrecision() {
            return ratio(requestsRight, requestsDrafted);
        }

        public double requestF1() {
            return f1(requestPrecision(), requestRecall());
        }

        public double peopleF1() {
            return f1(ratio(peopleRight, peopleDrafted), ratio(peopleFound, peopleWanted));
        }

        public double titles() {
            return ratio(titlesRight, titlesWanted);
        }

        public double giftF1() {
            return f1(ratio(giftsRight, giftsDrafted), ratio(giftsRight, giftsWanted));
        }

        static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");
    private static final Map<String, String> DIRECTION = Map.of("VN>JP", "vn_to_jp", "JP>VN", "jp_to_vn");

    private final Map<String, List<Map<String, String>>> statements;
    private final Map<String, List<Map<String, String>>> people;
    private final Map<String, List<Map<String, String>>> gifts;

    MeaningScore(Path dir) throws IOException {
        statements = grouped(dir.resolve("statements.tsv"));
        people = grouped(dir.resolve("people.tsv"));
        gifts = grouped(dir.resolve("gifts.tsv"));
    }

    boolean hasStatements() {
        return statements != null;
    }

    /** The request categories the annotated requests of a file name. */
    Set<String> wantedCategories(String file) {
        Set<String> out = new HashSet<>();
        for (Map<String, String> r : statements.getOrDefault(file, List.of())) {
            if ("request".equals(r.get("kind")) && !r.getOrDefault("category", "").isBlank()) {
                out.add(r.get("category"));
            }
        }
        return out;
    }

    void score(String file, Draft draft, Counts n) {
        if (statements == null && people == null && gifts == null) {
            return;
        }
        n.used = true;
        if (statements != null) {
            requests(statements.getOrDefault(file, List.of()), draft, n);
        }
        if (people != null) {
            people(people.getOrDefault(file, List.of()), draft, n);
        }
        if (gifts != null) {
            gifts(gifts.getOrDefault(file, List.of()), draft, n);
        }
    }

    private static void requests(List<Map<String, String>> rows, Draft draft, Counts n) {
        List<Map<String, String>> want = rows.stream().filter(r -> "request".equals(r.get("kind"))).toList();
        List<Map<String, String>> other = rows.stream().filter(r -> !"request".equals(r.get("kind"))).toList();
        List<Draft.RequestDraft> drafted = draft == null ? List.of() : draft.requests();
        n.requestsWanted += want.size();
        n.requestsDrafted += drafted.size();
        for (Map<String, String> w : want) {
            String d = DIRECTION.get(w.get("by") + ">" + w.get("to"));
            if (drafted.stream().anyMatch(r -> r.direction().equals(d) && gistIn(w.get("gist"), r.text()))) {
                n.requestsFound++;
            } else {
                missed(w.get("gist"), d, drafted, draft, n);
            }
        }
        for (Draft.RequestDraft r : drafted) {
            boolean right = want.stream().anyMatch(w -> r.direction().equals(DIRECTION.get(w.get("by") + ">" + w.get("to")))
                    && gistIn(w.get("gist"), r.text()));
            if (right) {
                n.requestsRight++;
            } else if (other.stream().anyMatch(o -> gistIn(o.get("gist"), r.text()))) {
                n.misfiled++;
            } else if (want.stream().anyMatch(w -> gistShare(w.get("gist"), r.text()) >= HALF)) {
                n.draftedCut++;
            }
        }
    }

    private static final double HALF = 0.4;

    /** Counts why a wanted request was missed, so that a blind set can be read by kind of miss without its text. */
    private static void missed(String gist, String direction, List<Draft.RequestDraft> drafted, Draft draft, Counts n) {
        if (drafted.stream().anyMatch(r -> gistIn(gist, r.text()))) {
            n.missedOtherDirection++;
        } else if (draft != null && (draft.commitments().stream().anyMatch(c -> gistIn(gist, c.text()))
                || draft.thanks().stream().anyMatch(t -> gistIn(gist, t.text()))
                || draft.agreements().stream().anyMatch(a -> gistIn(gist, a.title())))) {
            n.missedAsOtherKind++;
        } else if (drafted.stream().anyMatch(r -> gistShare(gist, r.text()) >= HALF)) {
            n.missedCut++;
        } else {
            n.missedUnread++;
        }
    }

    private static void people(List<Map<String, String>> rows, Draft draft, Counts n) {
        List<String[]> persons = new ArrayList<>();
        if (draft != null) {
            if (draft.leader() != null) {
                persons.add(new String[]{"JP", draft.leader().name(), draft.leader().title()});
            }
            draft.members().forEach(m -> persons.add(new String[]{"JP", m.name(), m.title()}));
            draft.hosts().forEach(h -> persons.add(new String[]{"VN", h.name(), h.title()}));
        }
        n.peopleWanted += rows.size();
        n.peopleDrafted += persons.size();
        for (Map<String, String> p : rows) {
            String[] hit = persons.stream().filter(d -> d[0].equals(p.get("side")) && samePerson(p.get("name"), d[1]))
                    .findFirst().orElse(null);
            if (hit != null) {
                n.peopleFound++;
                if (!p.getOrDefault("title", "").isBlank()) {
                    n.titlesWanted++;
                    if (titleOk(hit[2], p.get("title"))) {
                        n.titlesRight++;
                    }
                }
            }
        }
        for (String[] d : persons) {
            if (rows.stream().anyMatch(p -> samePerson(p.get("name"), d[1]))) {
                n.peopleRight++;
            }
        }
    }

    private static void gifts(List<Map<String, String>> rows, Draft draft, Counts n) {
        List<Draft.GiftDraft> drafted = draft == null ? List.of() : draft.gifts();
        n.giftsWanted += rows.size();
        n.giftsDrafted += drafted.size();
        for (String side : List.of("VN", "JP")) {
            String d = side.equals("VN") ? "vn_to_jp" : "jp_to_vn";
            long given = rows.stream().filter(g -> side.equals(g.get("giver"))).count();
            long found = drafted.stream().filter(g -> d.equals(g.direction())).count();
            n.giftsRight += (int) Math.min(given, found);
        }
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(CorpusScore.fold(s == null ? "" : s.replace("-", "")));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static boolean gistIn(String gist, String text) {
        return gistShare(gist, text) >= 0.7;
    }

    /** The share of the gist's words found in the text (0 for an empty gist). */
    static double gistShare(String gist, String text) {
        List<String> g = tokens(gist);
        Set<String> t = new HashSet<>(tokens(text == null ? "" : text));
        return g.isEmpty() ? 0 : (double) g.stream().filter(t::contains).count() / g.size();
    }

    static boolean samePerson(String a, String b) {
        Set<String> x = new HashSet<>(tokens(a));
        Set<String> y = new HashSet<>(tokens(b));
        return !x.isEmpty() && !y.isEmpty() && (y.containsAll(x) || (x.containsAll(y) && y.size() >= 2));
    }

    static boolean titleOk(String drafted, String written) {
        List<String> d = tokens(drafted);
        List<String> w = tokens(written);
        if (d.isEmpty() || w.isEmpty()) {
            return false;
        }
        Set<String> ds = new HashSet<>(d);
        Set<String> ws = new HashSet<>(w);
        double cover = (double) w.stream().filter(ds::contains).count() / w.size();
        long extra = d.stream().filter(x -> !ws.contains(x)).count();
        return cover >= 0.6 && extra <= 2;
    }

    /** DIR/name's rows by file (tab-separated with a header), or null when the file is absent. */
    static Map<String, List<Map<String, String>>> grouped(Path tsv) throws IOException {
        if (!Files.exists(tsv)) {
            return null;
        }
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        List<String> header = null;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (header == null) {
                header = java.util.Arrays.stream(cols).map(String::strip).toList();
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cols.length ? cols[i].strip() : "");
            }
            out.computeIfAbsent(row.get("file"), k -> new ArrayList<>()).add(row);
        }
        return out;
    }
}
