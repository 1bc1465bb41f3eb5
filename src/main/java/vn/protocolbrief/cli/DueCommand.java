package vn.protocolbrief.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.service.DueService;
import vn.protocolbrief.store.Store;

@Command(name = "due", description = "What is owed, by either side: open commitments and requests with a due date,"
        + " soonest first (overdue marked), then the undated ones. --within DAYS keeps the dated ones due by then.")
final class DueCommand implements Callable<Integer> {
    @Mixin
    CommandContext context;

    @Option(names = "--within", paramLabel = "DAYS", description = "Only items due within DAYS (overdue ones"
            + " included).")
    Integer within;

    @Mixin
    PairFilter pair;

    @Override
    public Integer call() {
        return context.answerWithStore(store -> {
            Catalog catalog = new Catalog(store);
            return new DueService(store).due(pair.provinceId(catalog), pair.partnerId(catalog), within, LocalDate.now());
        }, this::describe);
    }

    private void describe(Store store, List<DueService.DueItem> items, Output out) {
        if (items.isEmpty()) {
            out.line(within == null ? "Nothing is owed." : "Nothing is due within " + within + " days.");
            return;
        }
        Map<String, Partner> partners = store.reads(r -> r.partnersById());
        Map<String, String> provinces = new java.util.HashMap<>();
        store.reads(r -> r.provinces()).forEach((Province pr) -> provinces.put(pr.id(), pr.nameVi()));
        out.line(items.size() + (items.size() == 1 ? " item" : " items") + " owed:");
        for (DueService.DueItem d : items) {
            String when = d.due().known() ? "due " + d.due().display() : "no due date";
            Partner partnerOf = partners.get(d.partnerId());
            out.line(String.format("%-16s %-8s %-10s [%s] %s: %s — %s, %s (meeting %s)%s", when,
                    d.overdue() ? "OVERDUE" : "", d.kind(), d.id(), d.side().toUpperCase(java.util.Locale.ROOT),
                    d.text(), provinces.getOrDefault(d.provinceId(), d.provinceId()),
                    partnerOf == null ? "" : partnerOf.name("en"), d.meetingDate().known()
                            ? d.meetingDate().display() : d.meetingId(),
                    d.followedBy() == null ? "" : "; followed up by " + d.followedBy()));
        }
    }
}
