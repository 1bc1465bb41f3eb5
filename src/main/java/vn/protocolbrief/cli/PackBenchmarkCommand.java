package vn.protocolbrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.brief.BriefModel;
import vn.protocolbrief.brief.BriefRequest;
import vn.protocolbrief.brief.BriefService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.SyntheticStore;

@Command(name = "benchmark-pack", description = "Time briefing packs in process: the demo pack and a heavy synthetic one.")
final class PackBenchmarkCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--meetings", defaultValue = "200", description = "Meetings in the heavy pack (default ${DEFAULT-VALUE}).")
    int meetings;

    @Option(names = "--requests", defaultValue = "1000", description = "Requests in the heavy pack (default ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--runs", defaultValue = "7", description = "Timed runs of each pack after warm-up.")
    int runs;

    record Pack(String name, double assembleMsP50, double renderMsP50, double totalMsP50, int pages, long bytes) {
    }

    @Override
    public Integer call() throws IOException {
        List<Pack> packs = new ArrayList<>();
        Path demo = Files.createTempFile("pb-pack-demo-", ".db");
        Path heavy = Files.createTempFile("pb-pack-heavy-", ".db");
        try {
            Files.delete(demo);
            Files.delete(heavy);
            try (Store store = Store.open(demo)) {
                packs.add(time("demo: Phú Thọ — Embassy of Japan", store, "phu-tho", "embassy-of-japan"));
            }
            try (Store store = Store.open(heavy, false)) {
                SyntheticStore.fillPair(store, "gia-lai", "pref-tochigi", meetings, requests, 11);
                packs.add(time("heavy: " + meetings + " meetings, " + requests + " requests", store, "gia-lai",
                        "pref-tochigi"));
            }
        } finally {
            for (Path p : List.of(demo, heavy)) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(Path.of(p + suffix));
                }
            }
        }
        if (cli.json) {
            cli.out().json(packs);
        } else {
            for (Pack p : packs) {
                cli.out().line(String.format("%-40s assemble %6.0f ms  render %6.0f ms  total %6.0f ms  %3d pages  %5d KB",
                        p.name(), p.assembleMsP50(), p.renderMsP50(), p.totalMsP50(), p.pages(), p.bytes() / 1024));
            }
        }
        return Cli.OK;
    }

    private Pack time(String name, Store store, String province, String partner) throws IOException {
        BriefService service = new BriefService(store, Clock.systemDefaultZone());
        BriefRequest request = new BriefRequest(province, partner, null, null, "vi", null);
        for (int i = 0; i < 3; i++) {
            service.render(service.assemble(request));
        }
        List<Double> assemble = new ArrayList<>();
        List<Double> render = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        Path out = Files.createTempFile("pb-pack-", ".pdf");
        BriefService.Result last = null;
        try {
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                BriefModel model = service.assemble(request);
                long t1 = System.nanoTime();
                service.render(model);
                long t2 = System.nanoTime();
                assemble.add((t1 - t0) / 1e6);
                render.add((t2 - t1) / 1e6);
                total.add((t2 - t0) / 1e6);
            }
            last = service.generate(request, out);
        } finally {
            Files.deleteIfExists(out);
        }
        return new Pack(name, median(assemble), median(render), median(total), last.pages(), last.bytes());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return Math.round(sorted.get(sorted.size() / 2) * 10) / 10.0;
    }
}
