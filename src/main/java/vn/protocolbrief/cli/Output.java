package vn.protocolbrief.cli;

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
    /** Built on first use: a command that prints text never loads the JSON library (a cold start saving). */
    private static final class Json {
        private static final com.fasterxml.jackson.core.io.CharacterEscapes CONTROL_ESCAPES =
                new com.fasterxml.jackson.core.io.CharacterEscapes() {
                    private final int[] table = standardAsciiEscapesForJSON();

                    @Override
                    public int[] getEscapeCodesForAscii() {
                        int[] t = table.clone();
                        t[0x7F] = ESCAPE_STANDARD;
                        return t;
                    }

                    @Override
                    public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
                        if (ch >= 0x80 && ch < 0xA0) {
                            return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", ch));
                        }
                        return null;
                    }
                };

        static final com.fasterxml.jackson.databind.ObjectWriter WRITER = ArchiveJson.mapper().writer(CONTROL_ESCAPES);
    }
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
        stdout.println(visible(Text.nfc(s)));
    }

    public void json(Object value) {
        try {
            stdout.println(Text.nfc(Json.WRITER.writeValueAsString(value)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text as a terminal should show it: control characters (an article's ESC or BEL, which would clear the
     * screen or ring) written as \u001B escapes; line ends and tabs kept.
     */
    static String visible(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c < 0xA0;
            if (control && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /** JSON escapes C0 controls already; C1 controls (U+007F–U+009F) are escaped too. */


    /** One line on stderr: the first line of the message, prefixed so it reads as an error in scripts. */
    public void error(String message) {
        String m = message == null ? "failed" : message.lines().findFirst().orElse(message);
        stderr.println("error: " + visible(Text.nfc(m)));
    }
}
