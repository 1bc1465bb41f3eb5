package vn.protocolbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, finding 4: the article path takes time linear in its input. Generous bounds on this slow shared
 * machine, on the processor time of the reading thread (the machine's load stretches the clock, not the work):
 * a quadratic join of wrapped lines takes hours on these inputs, a linear one a few seconds. The wall-clock cap
 * only stops a runaway.
 */
class LinearTimeTest extends BareStoreTest {
    static final long CPU_LIMIT_MS = 20_000;
    final ArticleReader reader = new ArticleReader();

    /** Lines up to the 5 MB limit: "a" lines continue the sentence of the one before (a hard-wrapped paste). */
    private static byte[] lines(String line) {
        int times = (int) (ArticleReader.MAX_BYTES - 200) / line.getBytes(StandardCharsets.UTF_8).length;
        return ("Chiều 5/3, Chủ tịch UBND tỉnh Phú Thọ tiếp ông Tanaka Taro,\n" + line.repeat(times))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Processor milliseconds the article takes from bytes to draft (or to its one-line refusal). */
    private long cpuMillisToDraft(byte[] article, String name) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] spent = new long[1];
        assertTimeoutPreemptively(Duration.ofSeconds(180), () -> {
            long start = threads.getCurrentThreadCpuTime();
            try {
                assertThat(service.draft(reader.read(article, name))).isNotNull();
            } catch (ImportException refused) {
                assertThat(refused.getMessage()).doesNotContain("\n");
            }
            spent[0] = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        }, name);
        System.out.printf("LinearTimeTest: %s (%d bytes): %d ms of processor time%n", name, article.length, spent[0]);
        return spent[0];
    }

    @Test
    void fiveMegabytesOfShortLinesAreReadAndDraftedInSeconds() {
        for (String line : new String[]{"a\n", "và đoàn công tác,\n", "Tanaka Taro\n"}) {
            byte[] article = lines(line);
            assertThat(article.length).isLessThanOrEqualTo((int) ArticleReader.MAX_BYTES);
            assertThat(cpuMillisToDraft(article, "lines of '" + line.strip() + "'")).as(line.strip())
                    .isLessThan(CPU_LIMIT_MS);
        }
    }

    @Test
    void oneLineOfFiveMegabytesIsCutInLinearTime() {
        byte[] article = ("Chiều 5/3, " + "tiếp đoàn ".repeat((int) (ArticleReader.MAX_BYTES / 16)))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(cpuMillisToDraft(article, "one line")).isLessThan(CPU_LIMIT_MS);
    }
}
