package vn.protocolbrief.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.ingest.ImportService;
import vn.protocolbrief.ingest.MeaningScore;
import vn.protocolbrief.ingest.StatementModel;
import vn.protocolbrief.ingest.StatementTraining;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreFiles;
import vn.protocolbrief.store.TempFiles;

@Command(name = "train-statements", description = "Trains the importer's statement model (what each sentence says:"
        + " a request and its direction, a commitment, an agreement, thanks, nothing) from annotated sets"
        + " (DIR/articles, DIR/expected.tsv, DIR/statements.tsv) and writes it to --out; with --cross-validate, leaves"
        + " one set out at a time and prints requests with direction for the rules alone and with the model.")
final class TrainStatementsCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--corpus", paramLabel = "DIR", description = "An annotated set, read whole; may be repeated.")
    List<Path> corpora;

    @Option(names = "--tuning", paramLabel = "DIR", description = "An annotated set of which only the tuning"
            + " two-thirds are read (articles whose number is not divisible by 3); may be repeated.")
    List<Path> tuning;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the trained model.")
    Path out;

    @Option(names = "--cross-validate", description = "Leave-one-set-out: train on all sets but one, score the"
            + " importer on the one left out, for each set; writes no model.")
    boolean crossValidate;

    @Option(names = "--veto", paramLabel = "P", description = "With --cross-validate: least probability of 'not a"
            + " request' for the model to take the rules' requests from a sentence away (above 1: never).")
    double veto = StatementModel.VETO;

    @Option(names = "--add", paramLabel = "P", description = "With --cross-validate: least probability of a request"
            + " for the model to draft one the rules did not (above 1: never).")
    double add = StatementModel.ADD;

    @Option(names = "--grammar-only", description = "Weigh only the facts of grammar the rules compute (sides,"
            + " statement verbs, addressees, clause position), no words of the training articles.")
    boolean grammarOnly;

    @Override
    public Integer call() throws Exception {
        List<StatementTraining.Corpus> sets = new ArrayList<>();
        if (tuning != null) {
            tuning.forEach(d -> sets.add(new StatementTraining.Corpus(d, true)));
        }
        if (corpora != null) {
            corpora.forEach(d -> sets.add(new StatementTraining.Corpus(d, false)));
        }
        for (StatementTraining.Corpus c : sets) {
            if (!Files.isRegularFile(c.dir().resolve("statements.tsv")) || !Files.isRegularFile(c.dir().resolve("expected.tsv"))) {
                cli.out().error("not an annotated set (needs expected.tsv and statements.tsv): " + c.dir());
                return Cli.FAILED;
            }
        }
        if (sets.size() < 2 || !crossValidate && out == null) {
            cli.out().error("give at least two sets (--corpus/--tuning DIR) and --out FILE or --cross-validate");
            return Cli.FAILED;
        }
        if (!crossValidate) {
            // Before any training (minutes): never onto the store, another store, a folder (fc9).
            StoreFiles.refuseOutput(out, cli.storePath());
            TempFiles.target(out);
        }
        Path db = Files.createTempFile("pb-train-", ".db");
        Files.delete(db);
        try (Store store = Store.open(db, false)) {
            StatementTraining training = new StatementTraining(new ImportService(store)).grammarOnly(grammarOnly);
            if (crossValidate) {
                print(training.crossValidate(sets, veto, add));
                return Cli.OK;
            }
            StatementModel model = training.train(sets);
            byte[] written = model.write().getBytes(StandardCharsets.UTF_8);
            TempFiles.writeWhole(out, cli.storePath(), ".model-", os -> os.write(written));
            if (cli.json) {
                cli.out().json(Map.of("out", out.toString(), "features", model.features(), "description", model.description()));
            } else {
                model.description().forEach(cli.out()::line);
                cli.out().line("written: " + out);
            }
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
        }
        return Cli.OK;
    }

    private void print(List<StatementTraining.Fold> folds) {
        MeaningScore.Counts rules = new MeaningScore.Counts();
        MeaningScore.Counts model = new MeaningScore.Counts();
        folds.forEach(f -> {
            add(rules, f.rules());
            add(model, f.model());
        });
        if (cli.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("folds", folds);
            json.put("pooledRules", rules);
            json.put("pooledModel", model);
            json.put("minArticles", StatementTraining.MIN_ARTICLES);
            json.put("minSets", StatementTraining.MIN_SETS);
            cli.out().json(json);
            return;
        }
        cli.out().line("leave-one-set-out: requests with direction (found/wanted, right/drafted, F1, misfiled);"
                + (grammarOnly ? " grammar features only, no words"
                : " word features kept at >= " + StatementTraining.MIN_ARTICLES + " articles in >= "
                + StatementTraining.MIN_SETS + " sets") + "; veto " + veto + ", add " + add);
        cli.out().line(String.format(Locale.ROOT, "%-32s %4s | %-28s | %-28s | %s", "set left out", "art", "rules alone",
                "rules + model", "features"));
        for (StatementTraining.Fold f : folds) {
            cli.out().line(String.format(Locale.ROOT, "%-32s %4d | %s | %s | %d", f.set(), f.articles(), cell(f.rules()),
                    cell(f.model()), f.features()));
        }
        cli.out().line(String.format(Locale.ROOT, "%-32s %4d | %s | %s |", "pooled",
                folds.stream().mapToInt(StatementTraining.Fold::articles).sum(), cell(rules), cell(model)));
    }

    private static String cell(MeaningScore.Counts n) {
        return String.format(Locale.ROOT, "%3d/%-3d %3d/%-3d F1 %.2f m%-2d", n.requestsFound, n.requestsWanted,
                n.requestsRight, n.requestsDrafted, n.requestF1(), n.misfiled);
    }

    private static void add(MeaningScore.Counts to, MeaningScore.Counts n) {
        to.requestsWanted += n.requestsWanted;
        to.requestsFound += n.requestsFound;
        to.requestsDrafted += n.requestsDrafted;
        to.requestsRight += n.requestsRight;
        to.misfiled += n.misfiled;
    }
}
