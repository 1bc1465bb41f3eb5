package vn.protocolbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One command run in process on a given store, as a script would call it: its exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {
    static CliRun on(Path db, String... args) {
        return on(db.toString(), args);
    }

    /** The same on a store named by a file or a server address ({@code postgresql://…}). */
    static CliRun on(String db, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> full = new ArrayList<>(List.of("--db", db));
        full.addAll(List.of(args));
        int code = Cli.run(new Output(out, err), full.toArray(String[]::new));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out);
    }
}
