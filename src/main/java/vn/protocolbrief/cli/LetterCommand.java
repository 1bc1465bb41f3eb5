package vn.protocolbrief.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.brief.ThankYouLetter;
import vn.protocolbrief.brief.ThankYouLetters;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreFiles;
import vn.protocolbrief.store.TempFiles;

@Command(name = "letter", description = "The thank-you letter for a visit whose meeting is recorded (visit done): from"
        + " the province's leader to the head of the delegation, naming what was agreed and the next steps as"
        + " recorded. Vietnamese as an official letter (Decree 30/2020/NĐ-CP); English for the partner. Without --out"
        + " the text is printed.")
final class LetterCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--visit", required = true, paramLabel = "ID")
    String visit;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en")
    String lang;

    @Option(names = "--out", paramLabel = "FILE.docx|FILE.pdf", description = "Word (for the office to finish) or PDF.")
    Path out;

    @Override
    public Integer call() {
        if (out != null) {
            // The store, its files, another store, a folder, a read-only file, a missing folder: refused in one line
            // before anything is written, as for a pack or an export (fc7).
            StoreFiles.refuseOutput(out, cli.storePath());
            TempFiles.target(out);
        }
        try (Store store = cli.openStore()) {
            ThankYouLetters letters = new ThankYouLetters(store);
            ThankYouLetter letter = letters.draft(visit, lang);
            if (out != null) {
                letters.write(letter, out);
            }
            if (cli.json) {
                cli.out().json(new Written(out == null ? null : out.toString(), letter));
            } else if (out != null) {
                cli.out().line("Wrote " + out + " (to " + letter.headOfDelegation() + ").");
            } else {
                cli.out().line(letter.plainText().strip());
            }
        }
        return Cli.OK;
    }

    record Written(String file, ThankYouLetter letter) {
    }
}
