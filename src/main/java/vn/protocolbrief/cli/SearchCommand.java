package vn.protocolbrief.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.store.SearchIndex;
import vn.protocolbrief.store.Store;

@Command(name = "search", description = "Full-text search, diacritics and case ignored; best first.")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(arity = "1..*", paramLabel = "TEXT")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        try (Store store = cli.openStore()) {
            if (limit < 1 || limit > 10_000) {
                throw new IllegalArgumentException("--limit must be between 1 and 10000 (it was " + limit + ").");
            }
            List<SearchIndex.Hit> hits = new HistoryService(store).search(String.join(" ", words), limit);
            if (cli.json) {
                cli.out().json(hits.stream().map(h -> new Views.SearchHit(h.kind().id(), h.refId(), h.title(),
                        h.snippet())).toList());
            } else if (hits.isEmpty()) {
                cli.out().line("No matches.");
            } else {
                for (SearchIndex.Hit h : hits) {
                    cli.out().line(String.format("%-8s %s  [%s]", h.kind().id(), h.title(), h.refId()));
                    cli.out().line("         " + h.snippet());
                }
            }
        }
        return Cli.OK;
    }
}
