package vn.protocolbrief.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an officer does most, run once when the installers are built so that the JVM's ahead-of-time cache holds
 * the classes, links and profiles of it (packaging/package.sh, JDK 25 {@code -XX:AOTCacheOutput}): short commands,
 * a search, a recorded visit and its packs in both languages, an article read into a draft, an export. The window
 * part follows in {@code Launcher} when there is a display. Everything happens in a temporary folder.
 */
public final class AotTraining {
    private AotTraining() {
    }

    public static void run(Path dir) throws Exception {
        Path db = dir.resolve("training.db");
        Output quiet = new Output(OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        String d = db.toString();
        Cli.run(quiet, "--db", d, "provinces");
        Cli.run(quiet, "--db", d, "provinces", "--json");
        Cli.run(quiet, "--db", d, "resolve", "tỉnh Bình Định cũ");
        Cli.run(quiet, "--db", d, "search", "trong dong");
        Cli.run(quiet, "--db", d, "meetings", "--province", "Phú Thọ", "--partner", "Embassy of Japan");
        Cli.run(quiet, "--db", d, "requests", "--province", "Phú Thọ", "--json");
        Cli.run(quiet, "--db", d, "visit", "add", "--province", "Gia Lai", "--partner", "Ashikaga", "--date",
                "03/12/2026", "--leader", "Hayakawa Naohide", "--host", "Nguyễn Tuấn Thanh");
        for (String lang : new String[]{"vi", "en"}) {
            Cli.run(quiet, "--db", d, "brief", "--province", "Phú Thọ", "--partner", "Embassy of Japan", "--lang", lang,
                    "--out", dir.resolve("pack-" + lang + ".pdf").toString());
        }
        // An article read into a draft: the importer's vocabularies and rules.
        Path article = dir.resolve("article.txt");
        try (var in = AotTraining.class.getResourceAsStream("/assets/demo/demo-store.json")) {
            var archive = vn.protocolbrief.store.ArchiveJson.read(in, "demo");
            Files.writeString(article, archive.sources().get(1).fullText());
        }
        Cli.run(quiet, "--db", d, "import", article.toString());
        Cli.run(quiet, "--db", d, "export", "--out", dir.resolve("export.json").toString());
    }
}
