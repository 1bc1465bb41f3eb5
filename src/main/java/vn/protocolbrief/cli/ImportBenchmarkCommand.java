package vn.protocolbrief.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.Source;
import vn.protocolbrief.ingest.ArticleReader;
import vn.protocolbrief.ingest.CorpusScore;
import vn.protocolbrief.ingest.ImportException;
import vn.protocolbrief.ingest.ImportService;
import vn.protocolbrief.ingest.MeaningScore;
import vn.protocolbrief.store.DemoData;
import vn.protocolbrief.store.Store;

@Command(name = "benchmark-import", description = "Milliseconds per article to read and draft (the founding articles"
        + " unless files are given); with --corpus DIR, the importer's accuracy on an annotated corpus"
        + " (DIR/articles, DIR/expected.tsv) as the judging script measures it.")
final class ImportBenchmarkCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(arity = "0..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--corpus", paramLabel = "DIR", description = "An annotated corpus folder; may be repeated.")
    List<Path> corpora;

    @Option(names = "--vocabulary-coverage", paramLabel = "DIR", description = "Instead of timing: in how many articles"
            + " (.txt/.html/.md files under DIR) each cue phrase, category keyword and title of the importer occurs,"
            + " rarest first — the audit of whether a word is general or belongs to one article.")
    Path coverage;

    @Option(names = "--statement-model", paramLabel = "FILE", description = "Read statements with this learned model"
            + " after the rules (train-statements writes one); the importer's default is the rules alone.")
    Path statementModel;

    @Option(names = "--statement-veto", paramLabel = "P", description = "With --statement-model: least probability of"
            + " 'not a request' for the model to take the rules' requests from a sentence away (above 1: never).")
    double statementVeto = vn.protocolbrief.ingest.StatementModel.VETO;

    @Option(names = "--statement-add", paramLabel = "P", description = "With --statement-model: least probability of a"
            + " request for the model to draft one the rules did not (above 1: never).")
    double statementAdd = vn.protocolbrief.ingest.StatementModel.ADD;

    @Option(names = "--any-partner", description = "With --corpus: score only what was said (requests with direction,"
            + " commitments, agreements, thanks), any foreign party read as the guest's side (JP in statements.tsv),"
            + " articles the importer refuses as not about Japan too; of the key fields only the date is scored.")
    boolean anyPartner;

    @Option(names = "--rounds", defaultValue = "50", description = "Timed rounds over all articles after warm-up.")
    int rounds;

    record Timing(int articles, int rounds, double msFirstArticle, double msPerArticleP50, double msPerArticleP95,
                  double msPerArticleMax) {
    }

    record Accuracy(String corpus, int articles, Map<String, double[]> fields, double keyFieldAccuracy, int keyRight,
                    int keyTotal, double categoryPrecision, double categoryRecall, double categoryF1,
                    List<CorpusScore.Line> lines, MeaningScore.Counts meaning) {
    }

    /** One corpus scored whole, on its tuning two-thirds and on its held-back third (see CorpusScore.heldBack). */
    record Parts(Accuracy all, Accuracy tuning, Accuracy heldBack) {
    }

    @Override
    public Integer call() throws Exception {
        if (coverage != null) {
            List<vn.protocolbrief.ingest.VocabularyCoverage.Entry> entries = new vn.protocolbrief.ingest.VocabularyCoverage()
                    .count(coverage);
            if (cli.json) {
                cli.out().json(entries);
            } else {
                cli.out().line("articles\tfile\tkind\tphrase");
                entries.forEach(e -> cli.out().line(e.articles() + "\t" + e.file() + "\t" + e.kind() + "\t" + e.phrase()));
            }
            return Cli.OK;
        }
        Path db = Files.createTempFile("pb-import-bench-", ".db");
        Files.delete(db);
        try (Store store = Store.open(db, false)) {
            ImportService service = new ImportService(store);
            if (statementModel != null) {
                if (!Files.isRegularFile(statementModel)) {
                    cli.out().error("no statement model file: " + statementModel);
                    return Cli.FAILED;
                }
                service.readStatementsWithModel(vn.protocolbrief.ingest.StatementModel.read(statementModel),
                        statementVeto, statementAdd);
            }
            List<Parts> accuracy = new ArrayList<>();
            List<byte[]> articles = new ArrayList<>();
            if (corpora != null) {
                for (Path dir : corpora) {
                    CorpusScore score = anyPartner ? new CorpusScore(service).anyPartner() : new CorpusScore(service);
                    accuracy.add(new Parts(accuracy(score.score(dir), dir),
                            accuracy(score.score(dir, f -> !CorpusScore.heldBack(f)), dir),
                            accuracy(score.score(dir, CorpusScore::heldBack), dir)));
                    try (Stream<Path> s = Files.list(dir.resolve("articles"))) {
                        for (Path f : s.sorted().toList()) {
                            articles.add(Files.readAllBytes(f));
                        }
                    }
                }
            }
            if (files != null) {
                for (Path f : files) {
                    articles.add(Files.readAllBytes(f));
                }
            }
            if (articles.isEmpty()) {
                for (Source s : DemoData.archive().sources()) {
                    articles.add(s.fullText().getBytes(StandardCharsets.UTF_8));
                }
            }
            Timing timing = time(service, articles);
            if (cli.json) {
                cli.out().json(Map.of("timing", timing, "accuracy", accuracy));
            } else {
                for (Parts a : accuracy) {
                    print(a);
                }
                cli.out().line(String.format(Locale.ROOT, "%d articles × %d rounds: p50 %.2f ms, p95 %.2f ms, max %.2f ms"
                        + " per article (goal ≤ 50 ms); the first article, cold: %.0f ms", timing.articles(), timing.rounds(),
                        timing.msPerArticleP50(), timing.msPerArticleP95(), timing.msPerArticleMax(), timing.msFirstArticle()));
            }
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
        }
        return Cli.OK;
    }

    private Timing time(ImportService service, List<byte[]> articles) {
        ArticleReader reader = new ArticleReader();
        List<Double> times = new ArrayList<>();
        double first = -1;
        for (int round = 0; round < rounds + 10; round++) {
            for (int i = 0; i < articles.size(); i++) {
                long t = System.nanoTime();
                try {
                    service.draft(reader.read(articles.get(i), "article-" + i + ".txt"));
                } catch (ImportException refused) {
                    // A refusal is an answer too, and costs the same reading.
                }
                double ms = (System.nanoTime() - t) / 1e6;
                if (first < 0) {
                    first = ms;
                }
                if (round >= 10) {
                    times.add(ms);
                }
            }
        }
        Collections.sort(times);
        return new Timing(articles.size(), rounds, round(first), round(times.get(times.size() / 2)),
                round(times.get((int) Math.ceil(times.size() * 0.95) - 1)), round(times.get(times.size() - 1)));
    }

    private static Accuracy accuracy(CorpusScore.Result r, Path dir) {
        Map<String, double[]> fields = new java.util.LinkedHashMap<>();
        r.fields().forEach((k, v) -> {
            if (v[1] > 0) {
                fields.put(k, new double[]{v[0], v[1], round(r.accuracy(k))});
            }
        });
        int[] key = r.key();
        return new Accuracy(dir.toString(), r.lines().size(), fields, round(r.keyAccuracy()), key[0], key[1],
                round(r.precision()), round(r.recall()), round(r.f1()), r.lines(), r.meaning());
    }

    private void print(Parts parts) {
        var o = cli.out();
        Accuracy a = parts.all();
        o.line("Corpus " + a.corpus() + " (" + a.articles() + " articles)");
        for (CorpusScore.Line l : a.lines()) {
            StringBuilder b = new StringBuilder("  " + l.file());
            l.fields().forEach((k, ok) -> b.append(' ').append(k).append(ok ? ":ok" : ":MISS"));
            if (l.refusal() != null && !l.fields().containsKey("negative")) {
                b.append("  (refused: ").append(l.refusal()).append(')');
            }
            o.line(b.toString());
        }
        o.line("");
        List<Accuracy> cols = List.of(parts.all(), parts.tuning(), parts.heldBack());
        o.line(String.format(Locale.ROOT, "| measure | all (%d) | tuning two-thirds (%d) | held-back third (%d) |",
                cols.get(0).articles(), cols.get(1).articles(), cols.get(2).articles()));
        o.line("|---|---:|---:|---:|");
        for (String field : a.fields().keySet()) {
            row(field, cols, x -> {
                double[] v = x.fields().get(field);
                return v == null ? "–" : String.format(Locale.ROOT, "%.2f (%d/%d)", v[2], (int) v[0], (int) v[1]);
            });
        }
        // With --any-partner only the date is scored: say so rather than print it as the key fields.
        row(anyPartner ? "**key fields** (the date only)" : "**key fields**", cols, x -> String.format(Locale.ROOT,
                "**%.2f** (%d/%d)", x.keyFieldAccuracy(), x.keyRight(), x.keyTotal()));
        row("request categories F1 (P/R)", cols, x -> String.format(Locale.ROOT, "%.2f (%.2f/%.2f)", x.categoryF1(),
                x.categoryPrecision(), x.categoryRecall()));
        if (a.meaning().used) {
            row("requests with direction F1", cols, x -> String.format(Locale.ROOT, "**%.2f**", x.meaning().requestF1()));
            row("… recall", cols, x -> String.format(Locale.ROOT, "%.2f (%d/%d)", x.meaning().requestRecall(),
                    x.meaning().requestsFound, x.meaning().requestsWanted));
            row("… precision", cols, x -> String.format(Locale.ROOT, "%.2f (%d/%d)", x.meaning().requestPrecision(),
                    x.meaning().requestsRight, x.meaning().requestsDrafted));
            row("commitments, agreements or thanks drafted as requests", cols, x -> String.valueOf(x.meaning().misfiled));
            row("… missed: other direction / as another kind / cut / unread", cols, x -> String.format(Locale.ROOT,
                    "%d / %d / %d / %d", x.meaning().missedOtherDirection, x.meaning().missedAsOtherKind,
                    x.meaning().missedCut, x.meaning().missedUnread));
            row("… drafted wrong: another kind / cut / not annotated", cols, x -> {
                MeaningScore.Counts m = x.meaning();
                int cut = m.draftedCut;
                return String.format(Locale.ROOT, "%d / %d / %d", m.misfiled, cut,
                        m.requestsDrafted - m.requestsRight - m.misfiled - cut);
            });
            row("people F1", cols, x -> String.format(Locale.ROOT, "%.2f (found %d/%d, right %d/%d)", x.meaning().peopleF1(),
                    x.meaning().peopleFound, x.meaning().peopleWanted, x.meaning().peopleRight, x.meaning().peopleDrafted));
            row("titles right", cols, x -> String.format(Locale.ROOT, "%.2f (%d/%d)", x.meaning().titles(),
                    x.meaning().titlesRight, x.meaning().titlesWanted));
            row("gifts F1", cols, x -> String.format(Locale.ROOT, "%.2f (right %d, wanted %d, drafted %d)",
                    x.meaning().giftF1(), x.meaning().giftsRight, x.meaning().giftsWanted, x.meaning().giftsDrafted));
        }
        o.line("");
    }

    private void row(String name, List<Accuracy> cols, java.util.function.Function<Accuracy, String> cell) {
        cli.out().line("| " + name + " | " + String.join(" | ", cols.stream().map(cell).toList()) + " |");
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
