package vn.protocolbrief.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.store.ArchiveJson;
import vn.protocolbrief.store.ArchiveService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;

@Command(name = "export", description = "Write every record (not the reference data) to a JSON file.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--out", required = true, paramLabel = "FILE.json")
    Path out;

    @Override
    public Integer call() {
        try (Store store = cli.openStore()) {
            Archive archive = new ArchiveService(store).export();
            write(archive, out);
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

    /** Written to a temporary file beside the target, then moved: no half-written export is ever left. */
    static void write(Archive archive, Path target) {
        Path abs = target.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = vn.protocolbrief.store.TempFiles.besides(abs, ".export-");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                ArchiveJson.write(archive, os);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Cannot write " + target + ": " + vn.protocolbrief.store.TempFiles.reason(e));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the move already succeeded or the error was reported
                }
            }
        }
    }

}
