package vn.protocolbrief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.store.ArchiveJson;
import vn.protocolbrief.store.ArchiveService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;

@Command(name = "import-json", description = "Read records from an export file; a failure anywhere writes nothing.")
final class ImportJsonCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "FILE.json")
    Path file;

    @picocli.CommandLine.Option(names = "--reviewed", description = "You read every meeting of the file against its"
            + " source: those nobody had reviewed, and those a colleague had whose review your changes would take"
            + " off, are reviewed by you (--as). Without it a meeting is reviewed only"
            + " when the file says so: an edited file is no proof that anyone read it.")
    boolean reviewed;

    @Override
    public Integer call() {
        // The file is read and checked before the store is opened, so a broken file cannot touch the store.
        Archive archive;
        if (Files.isDirectory(file)) {
            throw new StoreException("Cannot read " + file + ": it is a folder.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            archive = ArchiveJson.read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + vn.protocolbrief.store.TempFiles.reason(e));
        }
        try (Store store = cli.openStore()) {
            ArchiveService.ImportResult r = new ArchiveService(store).importFile(archive, (done, total) ->
                    cli.out().stderr().println("Imported " + done + " of " + total + " meetings…"), reviewed);
            if (cli.json) {
                cli.out().json(r);
            } else {
                cli.out().line("Imported " + r.meetings() + " meetings (" + r.requests() + " requests), " + r.persons()
                        + " persons, " + r.partners() + " partners, " + r.sources() + " sources, " + r.agreements()
                        + " agreements, " + r.aidProjects() + " aid projects."
                        + (r.unchanged() == 0 ? "" : " " + r.unchanged() + " records of the file left as stored (the"
                        + " same, or changed since the export and not edited in the file)."));
                if (!r.removed().isEmpty()) {
                    cli.out().line("Removed what the file no longer holds: " + String.join(", ", r.removed()) + ".");
                }
                if (r.reviewed() > 0) {
                    cli.out().line("Reviewed by you: " + r.reviewed() + (r.reviewed() == 1 ? " meeting" : " meetings")
                            + " of the file.");
                }
                if (r.unreviewed() > 0) {
                    cli.out().line("Not reviewed yet: " + r.unreviewed() + (r.unreviewed() == 1 ? " meeting" : " meetings")
                            + " of the file (packs mark what it says); import-json --reviewed only if you read"
                            + " them against their sources.");
                }
            }
        }
        return Cli.OK;
    }
}
