package vn.protocolbrief.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.Source;
import vn.protocolbrief.ingest.ArticleReader;
import vn.protocolbrief.ingest.ImportService;
import vn.protocolbrief.store.DemoData;
import vn.protocolbrief.store.Store;

@Command(name = "benchmark-import", description = "Milliseconds per article to read and draft (the founding articles"
        + " unless files are given).")
final class ImportBenchmarkCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(arity = "0..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--rounds", defaultValue = "50", description = "Timed rounds over all articles after warm-up.")
    int rounds;

    record Result(int articles, int rounds, double msPerArticleP50, double msPerArticleP95, double msPerArticleMax) {
    }

    @Override
    public Integer call() throws Exception {
        List<byte[]> articles = new ArrayList<>();
        if (files == null || files.isEmpty()) {
            for (Source s : DemoData.archive().sources()) {
                articles.add(s.fullText().getBytes(StandardCharsets.UTF_8));
            }
        } else {
            for (Path f : files) {
                articles.add(Files.readAllBytes(f));
            }
        }
        Path db = Files.createTempFile("pb-import-bench-", ".db");
        Files.delete(db);
        List<Double> times = new ArrayList<>();
        try (Store store = Store.open(db, false)) {
            ImportService service = new ImportService(store);
            ArticleReader reader = new ArticleReader();
            for (int round = 0; round < rounds + 10; round++) {
                for (int i = 0; i < articles.size(); i++) {
                    long t = System.nanoTime();
                    service.draft(reader.read(articles.get(i), "article-" + i + ".txt"));
                    if (round >= 10) {
                        times.add((System.nanoTime() - t) / 1e6);
                    }
                }
            }
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
        }
        Collections.sort(times);
        Result r = new Result(articles.size(), rounds, round(times.get(times.size() / 2)),
                round(times.get((int) Math.ceil(times.size() * 0.95) - 1)), round(times.get(times.size() - 1)));
        if (cli.json) {
            cli.out().json(r);
        } else {
            cli.out().line(String.format("%d articles × %d rounds: p50 %.2f ms, p95 %.2f ms, max %.2f ms per article"
                    + " (goal ≤ 50 ms)", r.articles(), r.rounds(), r.msPerArticleP50(), r.msPerArticleP95(),
                    r.msPerArticleMax()));
        }
        return Cli.OK;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
