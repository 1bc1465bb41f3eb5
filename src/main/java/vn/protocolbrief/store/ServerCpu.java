package vn.protocolbrief.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;

/**
 * The processor time a PostgreSQL backend (the server process serving one connection) has used, read from Linux's
 * {@code /proc/PID/stat} when the server runs on this machine: how a benchmark tells the server's share of a query's
 * cost from the time spent waiting for a processor. Elsewhere (another host, another system) it is unknown.
 */
final class ServerCpu {
    /** Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every architecture we run on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private ServerCpu() {
    }

    /** The backend serving this handle's connection. */
    static long backendPid(Handle h) {
        return h.createQuery("SELECT pg_backend_pid()").mapTo(Long.class).one();
    }

    /** User plus system time of a local process so far, or empty when it cannot be read. */
    static OptionalLong nanos(long pid) {
        try {
            // A remote server's backend pid may name some other local process: only a postgres process counts.
            if (!Files.readString(Path.of("/proc", Long.toString(pid), "comm")).strip().startsWith("postgres")) {
                return OptionalLong.empty();
            }
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            // Fields 14 and 15 of the line (utime, stime) are the 12th and 13th after the name.
            return OptionalLong.of((Long.parseLong(after[11]) + Long.parseLong(after[12])) * NANOS_PER_TICK);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
