package vn.protocolbrief.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.protocolbrief.domain.Visit;

/**
 * The demo packs of a test class, as a JUnit 5 extension: made before its first test in a folder of their own, the
 * store closed and the folder deleted after its last. A class registers it once
 * ({@code @RegisterExtension static final DemoPacksExtension demo = DemoPacksExtension.planned();}) instead of
 * repeating the set-up and the tear-down.
 */
final class DemoPacksExtension implements BeforeAllCallback, AfterAllCallback {
    private final Function<DemoPacks.Pair, Visit> visit;
    private Path dir;
    private DemoPacks packs;

    private DemoPacksExtension(Function<DemoPacks.Pair, Visit> visit) {
        this.visit = visit;
    }

    /** Every demo pair visited as the front brief is made for ({@link DemoPacks#planned}). */
    static DemoPacksExtension planned() {
        return new DemoPacksExtension(DemoPacks::planned);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("demo-packs-");
        packs = new DemoPacks(dir, visit);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            packs.close();
        } finally {
            delete(dir);
        }
    }

    /** The packs; made once for the class. */
    DemoPacks packs() {
        return packs;
    }

    /** The folder the packs and LibreOffice's layouts of the Word files are written in. */
    Path dir() {
        return dir;
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
