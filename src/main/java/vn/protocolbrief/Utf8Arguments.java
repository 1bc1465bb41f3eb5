package vn.protocolbrief;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese arguments under a locale that is not UTF-8 (LANG=C or POSIX: services, cron, some terminals). The JVM
 * then decodes the command line and file names as ASCII: "trống đồng" arrives as "tr?ng ??ng" and a file name
 * with diacritics cannot even be named. On Linux the arguments' bytes are still in /proc/self/cmdline, and they are
 * UTF-8 (what every terminal and script sends); when one of them is not ASCII, the command runs again in a JVM
 * started under C.UTF-8, which gets them (hex-encoded in the environment, which survives any locale) intact.
 * The installed launchers set a UTF-8 locale themselves; this is for {@code java -jar}.
 */
final class Utf8Arguments {
    static final String ENV = "PROTOCOL_BRIEF_UTF8_ARGS";

    private Utf8Arguments() {
    }

    /** The arguments as the user typed them: passed on by a relaunch, re-read from the kernel, or as given. */
    static String[] of(String[] args) {
        String passed = System.getenv(ENV);
        if (passed != null) {
            return decode(passed, args);
        }
        if (!needed()) {
            return args;
        }
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<String> all = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    all.add(new String(raw, from, i - from, StandardCharsets.UTF_8));
                    from = i + 1;
                }
            }
            if (all.size() < args.length) {
                return args;
            }
            String[] typed = all.subList(all.size() - args.length, all.size()).toArray(String[]::new);
            for (int i = 0; i < args.length; i++) {
                if (ascii(args[i]) && !args[i].equals(typed[i])) {
                    return args; // not the arguments we were given (an @argfile, a wrapper): leave them be
                }
            }
            return typed;
        } catch (IOException | RuntimeException e) {
            return args;
        }
    }

    /** True on Linux when the JVM reads names as something other than UTF-8 (and was not relaunched already). */
    static boolean needed() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                && !"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"))
                && System.getenv(ENV) == null;
    }

    /** Whether the command must run again under a UTF-8 locale: an argument this JVM cannot name correctly. */
    static boolean mustRelaunch(String[] typed) {
        if (!needed()) {
            return false;
        }
        for (String a : typed) {
            if (!ascii(a)) {
                return true;
            }
        }
        return false;
    }

    /** Runs the same command in a JVM under C.UTF-8, with this one's options, and returns its exit code. */
    static int relaunch(String[] typed) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (ascii(option)) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        for (int i = 0; i < typed.length; i++) {
            command.add("-"); // placeholders: the child takes the arguments from the environment
        }
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put(ENV, encode(typed));
        return pb.start().waitFor();
    }

    static String encode(String[] args) {
        StringBuilder out = new StringBuilder();
        for (String a : args) {
            out.append(out.length() == 0 ? "" : ",").append(HexFormat.of().formatHex(a.getBytes(StandardCharsets.UTF_8)));
        }
        return out.toString();
    }

    private static String[] decode(String passed, String[] args) {
        if (passed.isEmpty()) {
            return args.length == 0 ? args : new String[0];
        }
        String[] parts = passed.split(",", -1);
        String[] out = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = new String(HexFormat.of().parseHex(parts[i]), StandardCharsets.UTF_8);
        }
        return out;
    }

    private static boolean ascii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }
}
