package vn.protocolbrief.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string the code asks for exists in both languages, and every string in the bundles is used. */
class MessagesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:get|format)\\(\"([a-zA-Z]+\\.[a-zA-Z._]+)\"");
    /** Validation messages are named where the rule is, and looked up when shown. */
    private static final Pattern ERROR_KEY = Pattern.compile("\"([a-zA-Z]+\\.error\\.[a-zA-Z]+)\"");

    private static Set<String> bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/vn/protocolbrief/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> usedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/protocolbrief/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                for (Pattern p : new Pattern[]{KEY_IN_CODE, ERROR_KEY}) {
                    Matcher m = p.matcher(code);
                    while (m.find()) {
                        keys.add(m.group(1));
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
        Set<String> defined = bundle("messages.properties");
        assertThat(defined).as("keys used in code but missing from the bundles").containsAll(used);
        assertThat(used).as("keys in the bundles that no code uses").containsAll(defined);
    }
}
