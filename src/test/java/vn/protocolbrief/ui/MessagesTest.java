package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string the code asks for exists in both languages, and every string in the bundles is used. */
class MessagesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:get|format)\\(\"([a-zA-Z]+\\.[a-zA-Z._]*[a-zA-Z_])\"");
    /**
     * Keys also travel as plain literals (validation rules, detail lines, "new" or "edit" titles): any literal
     * of the form prefix.name whose prefix the bundles use counts as a key the code asks for.
     */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+\\.[a-zA-Z][a-zA-Z._]*[a-zA-Z_])\"");

    private static Set<String> bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/vn/protocolbrief/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static final Set<String> PREFIXES;

    static {
        try {
            PREFIXES = new TreeSet<>();
            bundle("messages.properties").forEach(k -> PREFIXES.add(k.substring(0, k.indexOf('.'))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> usedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/protocolbrief/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher m = KEY_IN_CODE.matcher(code);
                while (m.find()) {
                    keys.add(m.group(1));
                }
                Matcher literal = KEY_LITERAL.matcher(code);
                while (literal.find()) {
                    String key = literal.group(1);
                    if (PREFIXES.contains(key.substring(0, key.indexOf('.')))) {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_en.properties")).isEqualTo(bundle("messages.properties"));
    }

    @Test
    void noKeyIsMissingAndNoneIsUnused() throws IOException {
        Set<String> used = usedInCode();
        // Status labels are looked up by the status's name ("status." + open/in_progress/…).
        for (String s : new String[]{"open", "in_progress", "done", "declined"}) {
            used.add("status." + s);
        }
        // Search hits are labelled by their kind ("kind." + meeting/request/…).
        for (var kind : vn.protocolbrief.store.SearchIndex.Kind.values()) {
            used.add("kind." + kind.id());
        }
        // Directions are labelled by their id ("review." + vn_to_jp/jp_to_vn).
        for (var d : vn.protocolbrief.domain.Direction.values()) {
            used.add("review." + d.name().toLowerCase(java.util.Locale.ROOT));
        }
        // Sensitivity kinds as the schema names them ("sensitivity." + disaster …).
        for (String kind : new String[]{"disaster", "condolence", "anniversary", "other"}) {
            used.add("sensitivity." + kind);
        }
        // The importer's warnings by their code ("warning." + no_date …).
        for (String code : vn.protocolbrief.ingest.Warning.CODES) {
            used.add("warning." + code);
        }
        for (String status : new String[]{"proposed", "agreed", "signed", "in_effect", "expired"}) {
            used.add("agreement.status." + status);
        }
        for (var p : vn.protocolbrief.ingest.ImportException.Problem.values()) {
            used.add("problem." + p.name().toLowerCase(java.util.Locale.ROOT));
        }
        // The problems of opening, reaching or writing a store, by their key ("storeProblem." + office_unreachable …).
        for (var p : vn.protocolbrief.store.StoreException.Problem.values()) {
            used.add(p.key());
        }
        // What a cited article lacks ("composer.source." + headline/newspaper/url).
        vn.protocolbrief.brief.BriefModel.SourceItem.CHECKED_BY.forEach(k -> used.add("composer.source." + k));
        used.add("lang.vi");
        used.add("lang.en");
        // Aid statuses, nationalities and meeting roles by their enum names ("aid." + in_progress …).
        for (var x : vn.protocolbrief.domain.AidStatus.values()) {
            used.add("aid." + x.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (var x : vn.protocolbrief.domain.Nationality.values()) {
            used.add("nationality." + x.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (var x : vn.protocolbrief.domain.ParticipantRole.values()) {
            used.add("role." + x.name().toLowerCase(java.util.Locale.ROOT));
        }
        // The undo log names its actions and the kinds of record in the trash ("undo." + edit, "trash.kind." + …).
        for (String action : new String[]{"create", "edit", "delete"}) {
            used.add("undo." + action);
        }
        for (String kind : new String[]{"meeting", "person", "agreement", "aid", "figure", "link", "sensitivity",
                "visit"}) {
            used.add("trash.kind." + kind);
        }
        Set<String> defined = bundle("messages.properties");
        assertThat(defined).as("keys used in code but missing from the bundles").containsAll(used);
        assertThat(used).as("keys in the bundles that no code uses").containsAll(defined);
    }

    /**
     * A string with a placeholder goes through MessageFormat, where a lone apostrophe starts a quote: "the record's
     * date … {0}" showed "{0}" and lost what it should have shown. Such an apostrophe is written twice.
     */
    @Test
    void noFormattedStringHasALoneApostrophe() throws IOException {
        for (String name : new String[]{"messages.properties", "messages_en.properties"}) {
            Properties p = new Properties();
            try (InputStream in = MessagesTest.class.getResourceAsStream("/vn/protocolbrief/ui/" + name)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertThat(text.replace("''", "")).as(name + " " + key).doesNotContain("'");
                }
            }
        }
    }

    private static Properties problems(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/vn/protocolbrief/domain/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)\\}").matcher(text.replace("''", ""));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /**
     * Every refusal the services give the window (a {@link vn.protocolbrief.domain.UserProblem.Code}) has its
     * English (the command line's line, the English window's) and its Vietnamese text; no text is left without a
     * code; the Vietnamese names no detail the English does not give (it may leave out an English-only one: a kind
     * of record, Java's words); a lone apostrophe would swallow a detail.
     */
    @Test
    void everyServiceRefusalHasBothTexts() throws IOException {
        Properties en = problems("problems.properties");
        Properties vi = problems("problems_vi.properties");
        Set<String> codes = new TreeSet<>();
        for (var c : vn.protocolbrief.domain.UserProblem.Code.values()) {
            codes.add(c.key());
        }
        assertThat(en.stringPropertyNames()).as("codes without an English text").containsAll(codes);
        assertThat(vi.stringPropertyNames()).as("codes without a Vietnamese text").containsAll(codes);
        assertThat(codes).as("English texts no code says").containsAll(en.stringPropertyNames());
        assertThat(codes).as("Vietnamese texts no code says").containsAll(vi.stringPropertyNames());
        for (String code : codes) {
            String e = en.getProperty(code);
            String v = vi.getProperty(code);
            assertThat(placeholders(e)).as("details of " + code).containsAll(placeholders(v));
            assertThat(e.replace("''", "")).as("en " + code).doesNotContain("'");
            assertThat(v.replace("''", "")).as("vi " + code).doesNotContain("'");
            assertThat(v).as("vi " + code + " is not the English").isNotEqualTo(e);
        }
    }

    /**
     * A service that words a refusal in English inside the code ({@code new StoreException("No visit …")}) gives the
     * Vietnamese window English: the services and the travel copy throw only coded refusals.
     */
    @Test
    void servicesThrowNoEnglishOnlyMessage() throws IOException {
        Pattern literal = Pattern.compile("new (StoreException|IllegalArgumentException|IllegalStateException"
                + "|UnsupportedOperationException)\\(\\s*\"");
        List<String> found = new java.util.ArrayList<>();
        for (String dir : new String[]{"service", "travel"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/protocolbrief", dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        found.add(f.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).as("give each a UserProblem.Code with both texts").isEmpty();
    }
}
