package vn.protocolbrief.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.store.ArchiveJson;

/** Where the command line writes: UTF-8 and NFC whatever the platform's default encoding. */
public final class Output {
    private static final ObjectMapper JSON = ArchiveJson.mapper();
    private final PrintStream stdout;
    private final PrintStream stderr;

    public Output(OutputStream stdout, OutputStream stderr) {
        this.stdout = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        this.stderr = new PrintStream(stderr, true, StandardCharsets.UTF_8);
    }

    public static Output system() {
        return new Output(new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
    }

    public PrintStream stdout() {
        return stdout;
    }

    public PrintStream stderr() {
        return stderr;
    }

    public void line(String s) {
        stdout.println(Text.nfc(s));
    }

    public void json(Object value) {
        try {
            stdout.println(Text.nfc(JSON.writeValueAsString(value)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line on stderr: the first line of the message, prefixed so it reads as an error in scripts. */
    public void error(String message) {
        String m = message == null ? "failed" : message.lines().findFirst().orElse(message);
        stderr.println("error: " + Text.nfc(m));
    }
}
