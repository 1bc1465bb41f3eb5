package vn.protocolbrief.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.Source;
import vn.protocolbrief.ingest.ArticleReader;
import vn.protocolbrief.ingest.ImportException;
import vn.protocolbrief.ingest.ImportService;
import vn.protocolbrief.store.DemoData;
import vn.protocolbrief.store.Store;

@Command(name = "fuzz-import", description = "Feed the importer mutated articles (flipped, cut, repeated, marked up,"
        + " with control characters, huge numbers and impossible dates) and count drafts, refusals, crashes and"
        + " hangs; exits 1 if any article crashed or took longer than --limit-ms.")
final class FuzzImportCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Seed articles (default: the founding articles).")
    List<Path> files;

    @Option(names = "--count", defaultValue = "10000", description = "Mutated articles to try.")
    int count;

    @Option(names = "--seed", defaultValue = "14", description = "Random seed (the run is repeatable).")
    long seed;

    @Option(names = "--limit-ms", defaultValue = "5000", description = "The longest an article may take.")
    long limitMs;

    record Result(int articles, int drafted, int refused, int crashed, int hung, double slowestMs, List<String> crashes) {
    }

    @Override
    public Integer call() throws Exception {
        List<String> seeds = new ArrayList<>();
        if (files == null || files.isEmpty()) {
            for (Source s : DemoData.archive().sources()) {
                seeds.add(s.fullText());
            }
        } else {
            for (Path f : files) {
                seeds.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        Path db = Files.createTempFile("pb-fuzz-", ".db");
        Files.delete(db);
        Random rnd = new Random(seed);
        int drafted = 0;
        int refused = 0;
        int crashed = 0;
        int hung = 0;
        double slowest = 0;
        List<String> crashes = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        try (Store store = Store.open(db, false)) {
            ImportService service = new ImportService(store);
            ArticleReader reader = new ArticleReader();
            for (int i = 0; i < count; i++) {
                byte[] article = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
                String name = "fuzz-" + i + (rnd.nextInt(5) == 0 ? ".html" : ".txt");
                long t = System.nanoTime();
                Future<String> f = worker.submit(() -> {
                    try {
                        service.draft(reader.read(article, name));
                        return "drafted";
                    } catch (ImportException e) {
                        return "refused";
                    }
                });
                try {
                    String outcome = f.get(limitMs, TimeUnit.MILLISECONDS);
                    if (outcome.equals("drafted")) {
                        drafted++;
                    } else {
                        refused++;
                    }
                } catch (TimeoutException e) {
                    hung++;
                    f.cancel(true);
                    crashes.add(name + ": longer than " + limitMs + " ms");
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                } catch (java.util.concurrent.ExecutionException e) {
                    crashed++;
                    if (crashes.size() < 20) {
                        crashes.add(name + ": " + e.getCause());
                    }
                }
                slowest = Math.max(slowest, (System.nanoTime() - t) / 1e6);
            }
        } finally {
            worker.shutdownNow();
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
        }
        Result r = new Result(count, drafted, refused, crashed, hung, Math.round(slowest * 10) / 10.0, crashes);
        if (cli.json) {
            cli.out().json(r);
        } else {
            cli.out().line(String.format(Locale.ROOT, "%d mutated articles: %d drafted, %d refused in one line, %d crashed,"
                    + " %d longer than %d ms; slowest %.1f ms", r.articles(), r.drafted(), r.refused(), r.crashed(),
                    r.hung(), limitMs, r.slowestMs()));
            crashes.forEach(c -> cli.out().line("  " + c));
        }
        return crashed == 0 && hung == 0 ? Cli.OK : Cli.FAILED;
    }

    private static final String[] INSERTS = {"\u0000", "\u001B[2J", "\u0007", "&#x110000;", "&#xD800;", "<script>",
            "<!--", "<<<<<<", "</p></div>", "31/02/2025", "ngày 99/99/9999", "9".repeat(400) + " USD", "1e999999 USD",
            "\uFEFF", "\u200B", "Ngài ", "Thống đốc tỉnh ", "TP. ", "(Nhật Bản)", "Tập đoàn ", ";;;;", "：", "𠀀",
            "\r\n\r\n", "Hội hữu nghị Nhật - Việt tại ", "Ta-ka-ha-si ", "chiều ", "\u0301\u0301\u0301"};

    /** One article, changed in a few random ways. */
    static byte[] mutate(String seed, Random rnd) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + rnd.nextInt(6);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = rnd.nextInt(s.length());
            switch (rnd.nextInt(8)) {
                case 0 -> s.insert(at, INSERTS[rnd.nextInt(INSERTS.length)]);
                case 1 -> s.delete(at, Math.min(s.length(), at + rnd.nextInt(400)));
                case 2 -> {
                    int end = Math.min(s.length(), at + rnd.nextInt(300));
                    String part = s.substring(at, end);
                    s.insert(end, part.repeat(1 + rnd.nextInt(20)));
                }
                case 3 -> s.setLength(at);
                case 4 -> s.setCharAt(at, (char) rnd.nextInt(0x3000));
                case 5 -> s.insert(at, String.valueOf(INSERTS[rnd.nextInt(INSERTS.length)]).repeat(1 + rnd.nextInt(500)));
                case 6 -> s.replace(0, s.length(), "<html><body><p>" + s.toString().replace("\n", "</p><p>") + "</p>"
                        + (rnd.nextBoolean() ? "</body></html>" : ""));
                default -> s.reverse();
            }
        }
        byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
        if (rnd.nextInt(20) == 0 && bytes.length > 0) {
            bytes[rnd.nextInt(bytes.length)] = (byte) rnd.nextInt(256);
        }
        return bytes;
    }
}
