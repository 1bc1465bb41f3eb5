package vn.protocolbrief.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.store.ArchiveJson;
import vn.protocolbrief.store.ArchiveService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreFiles;
import vn.protocolbrief.store.StoreException;
import vn.protocolbrief.store.TempFiles;

@Command(name = "export", description = "Write every record (not the reference data) to a JSON file.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--out", required = true, paramLabel = "FILE.json")
    Path out;

    @Override
    public Integer call() {
        StoreFiles.refuseOutput(out, cli.storePath());
        // Before the store is opened: the export gives the store its identity (a write), which a refused target
        // must not leave behind (fc9).
        TempFiles.target(out);
        try (Store store = cli.openStore()) {
            ArchiveService archives = new ArchiveService(store);
            Archive archive = archives.export();
            // Checked before anything is written (an earlier export of the same name stays), and read back after.
            archives.checkRestorable(archive);
            write(archive, out, store.path());
            checkWritten(archives, out);
            if (cli.json) {
                cli.out().json(new Summary(out.toAbsolutePath().toString(), archive.meetings().size(),
                        archive.persons().size(), archive.sources().size()));
            } else {
                cli.out().line("Exported " + archive.meetings().size() + " meetings, " + archive.persons().size()
                        + " persons, " + archive.sources().size() + " sources to " + out);
            }
        }
        return Cli.OK;
    }

    record Summary(String file, int meetings, int persons, int sources) {
    }

    /** An export that does not read back whole is removed: a file that would not restore is no export. */
    private static void checkWritten(ArchiveService archives, Path written) {
        try {
            archives.checkRestorable(written);
        } catch (StoreException e) {
            try {
                java.nio.file.Files.deleteIfExists(written);
            } catch (java.io.IOException ignored) {
                // the message below still says the export failed
            }
            throw new StoreException(e.getMessage().replace(" Nothing was exported.", "") + " The file was removed.", e);
        }
    }

    /** Written whole or not at all, never onto the store's own files (see {@link TempFiles#writeWhole}). */
    static void write(Archive archive, Path target, Path store) {
        TempFiles.writeWhole(target, store, ".export-", os -> ArchiveJson.write(archive, os));
    }
}
