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

    @Option(names = "--add", paramLabel = "P", split = ",", description = "With --cross-validate: least probability"
            + " of a request for the model to draft one the rules did not (above 1: never); several, comma-separated,"
            + " print one table each from the same folds' models.")
    List<Double> adds = List.of(StatementModel.ADD);

    @Option(names = "--examples", paramLabel = "FILE", description = "Instead of training: write every body"
            + " sentence of the sets with its label and structural features to FILE (tab-separated), to see what the"
            + " model is taught.")
    Path examples;

    @Option(names = "--without-rules", description = "Blind the model to what the rules drafted from a sentence: it"
            + " learns what an ask looks like, not that the rules are right on the sets they were tuned on.")
    boolean withoutRules;

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
        if (sets.size() < 2 || !crossValidate && out == null && examples == null) {
            cli.out().error("give at least two sets (--corpus/--tuning DIR) and --out FILE or --cross-validate");
            return Cli.FAILED;
        }
        if (!crossValidate) {
            // Before any training (minutes): never onto the store, another store, a folder (fc9).
            Path target = examples != null ? examples : out;
            StoreFiles.refuseOutput(target, cli.storePath());
            TempFiles.target(target);
        }
        Path db = Files.createTempFile("pb-train-", ".db");
        Files.delete(db);
        try (Store store = Store.open(db, false)) {
            StatementTraining training = new StatementTraining(new ImportService(store)).grammarOnly(grammarOnly)
                    .withoutRules(withoutRules);
            if (examples != null) {
                Files.write(examples, training.exampleRows(sets), StandardCharsets.UTF_8);
                cli.out().line("written: " + examples);
                return Cli.OK;
            }
            if (crossValidate) {
                print(training.crossValidate(sets, veto, adds));
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
        folds.forEach(f -> add(rules, f.rules()));
        List<MeaningScore.Counts> models = new ArrayList<>();
        for (int i = 0; i < adds.size(); i++) {
            MeaningScore.Counts pooled = new MeaningScore.Counts();
            int at = i;
            folds.forEach(f -> add(pooled, f.model().get(at)));
            models.add(pooled);
        }
        if (cli.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("folds", folds);
            json.put("pooledRules", rules);
            json.put("veto", veto);
            json.put("add", adds);
            json.put("pooledModel", models);
            json.put("minArticles", StatementTraining.MIN_ARTICLES);
            json.put("minSets", StatementTraining.MIN_SETS);
            cli.out().json(json);
            return;
        }
        for (int i = 0; i < adds.size(); i++) {
            double add = adds.get(i);
            cli.out().line("leave-one-set-out: requests with direction (found/wanted, right/drafted, F1, misfiled;"
                    + " wrong = drafted and not right);" + (withoutRules ? " blind to the rules' drafts;" : "") + (grammarOnly ? " grammar features only, no words"
                    : " word features kept at >= " + StatementTraining.MIN_ARTICLES + " articles in >= "
                    + StatementTraining.MIN_SETS + " sets") + "; veto " + veto + ", add " + add);
            cli.out().line(String.format(Locale.ROOT, "%-32s %4s | %-36s | %-36s | %s", "set left out", "art", "rules alone",
                    "rules + model", "features"));
            for (StatementTraining.Fold f : folds) {
                cli.out().line(String.format(Locale.ROOT, "%-32s %4d | %s | %s | %d", f.set(), f.articles(), cell(f.rules()),
                        cell(f.model().get(i)), f.features()));
            }
            cli.out().line(String.format(Locale.ROOT, "%-32s %4d | %s | %s |", "pooled",
                    folds.stream().mapToInt(StatementTraining.Fold::articles).sum(), cell(rules), cell(models.get(i))));
            cli.out().line("");
        }
    }

    private static String cell(MeaningScore.Counts n) {
        return String.format(Locale.ROOT, "%3d/%-3d %3d/%-3d F1 %.2f m%-2d wrong %-3d", n.requestsFound, n.requestsWanted,
                n.requestsRight, n.requestsDrafted, n.requestF1(), n.misfiled, n.requestsDrafted - n.requestsRight);
    }

    private static void add(MeaningScore.Counts to, MeaningScore.Counts n) {
        to.requestsWanted += n.requestsWanted;
        to.requestsFound += n.requestsFound;
        to.requestsDrafted += n.requestsDrafted;
        to.requestsRight += n.requestsRight;
        to.misfiled += n.misfiled;
    }
}
