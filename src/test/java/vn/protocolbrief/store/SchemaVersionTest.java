package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {
    @Test
    void latestVersionIsTheHighestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int highest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
            assertThat(Schema.LATEST_VERSION).isEqualTo(highest);
        }
    }

    @Test
    void defaultStoreFollowsEachPlatformsDataFolder() {
        Path home = Path.of("/home/an");
        assertThat(StoreLocation.dataFolder("Linux", java.util.Map.of(), home))
                .isEqualTo(Path.of("/home/an/.local/share/protocol-brief"));
        assertThat(StoreLocation.dataFolder("Linux", java.util.Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/protocol-brief"));
        assertThat(StoreLocation.dataFolder("Windows 11", java.util.Map.of("APPDATA", "C:/Users/an/AppData/Roaming"), home))
                .isEqualTo(Path.of("C:/Users/an/AppData/Roaming/ProtocolBrief"));
        assertThat(StoreLocation.dataFolder("Mac OS X", java.util.Map.of(), home))
                .isEqualTo(Path.of("/home/an/Library/Application Support/Protocol Brief"));
    }
}
