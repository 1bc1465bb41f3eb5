package vn.protocolbrief.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.LearnedWord;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.ImportRecords;
import vn.protocolbrief.store.Store;

@Command(name = "vocabulary", description = "The office's own words the importer reads with (learned when drafts are"
        + " corrected in review): list them, --add one, or --remove one.")
final class VocabularyCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--add", description = "Add (or replace) a word: --kind, --phrase and --value.")
    boolean add;

    @Option(names = "--remove", description = "Remove a word: --kind and --phrase.")
    boolean remove;

    @Option(names = "--kind", paramLabel = "K", description = "partner_name (a name the press uses for a partner),"
            + " title (a Japanese title), name_part (a family or given name).")
    String kind;

    @Option(names = "--phrase", paramLabel = "TEXT", description = "The words as articles write them.")
    String phrase;

    @Option(names = "--value", paramLabel = "V", description = "partner_name: the partner (any of its names);"
            + " title: the kind of partner it implies, or empty; name_part: family or given.")
    String value;

    @Override
    public Integer call() {
        if (add && remove) {
            throw new IllegalArgumentException("Give --add or --remove, not both.");
        }
        try (Store store = cli.openStore()) {
            ImportRecords records = new ImportRecords(store);
            if (add || remove) {
                LearnedWord.Kind k = kind();
                if (phrase == null || phrase.isBlank()) {
                    throw new IllegalArgumentException("--phrase is required.");
                }
                if (remove) {
                    boolean removed = records.forget(k, phrase.strip());
                    if (!removed) {
                        throw new IllegalArgumentException("No " + k.id() + " '" + phrase.strip() + "' in the vocabulary.");
                    }
                    report(List.of(), "Removed " + k.id() + " '" + phrase.strip() + "'.");
                    return Cli.OK;
                }
                LearnedWord w = new LearnedWord(k, phrase, value(k, store), null);
                records.learn(w);
                report(List.of(w), "Added " + k.id() + " '" + w.phrase() + "' → " + w.value() + ".");
                return Cli.OK;
            }
            List<LearnedWord> all = records.vocabulary();
            if (cli.json) {
                cli.out().json(all);
            } else if (all.isEmpty()) {
                cli.out().line("The vocabulary is empty: nothing has been learned from review yet.");
            } else {
                all.forEach(w -> cli.out().line(String.format(Locale.ROOT, "%-13s %-40s %s", w.kind().id(), w.phrase(),
                        w.value())));
            }
        }
        return Cli.OK;
    }

    private LearnedWord.Kind kind() {
        if (kind == null) {
            throw new IllegalArgumentException("--kind is required: partner_name, title or name_part.");
        }
        try {
            return LearnedWord.Kind.fromId(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown --kind '" + kind + "': partner_name, title or name_part.");
        }
    }

    private String value(LearnedWord.Kind k, Store store) {
        String v = value == null ? "" : value.strip();
        return switch (k) {
            case PARTNER_NAME -> new Catalog(store).partner(v).id();
            case NAME_PART -> {
                if (!v.equals("family") && !v.equals("given")) {
                    throw new IllegalArgumentException("--value for name_part is family or given.");
                }
                yield v;
            }
            case TITLE -> {
                if (!v.isEmpty()) {
                    PartnerKind.fromId(v);
                }
                yield v;
            }
        };
    }

    private void report(List<LearnedWord> words, String text) {
        if (cli.json) {
            cli.out().json(words);
        } else {
            cli.out().line(text);
        }
    }
}
