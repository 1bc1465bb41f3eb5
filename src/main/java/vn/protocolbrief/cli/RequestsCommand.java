package vn.protocolbrief.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.ProvinceResolver;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.store.Store;

@Command(name = "requests", description = "Requests raised at a province's meetings, newest first.")
final class RequestsCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--province", required = true, paramLabel = "P")
    String province;

    @Option(names = "--partner", paramLabel = "X")
    String partner;

    @Option(names = "--status", paramLabel = "S", description = "open, in_progress, done or declined.")
    String status;

    @Option(names = "--category", paramLabel = "C", description = "A category id, e.g. ocop_trade.")
    String category;

    @Override
    public Integer call() {
        RequestStatus st = parseStatus(status);
        try (Store store = cli.openStore()) {
            Catalog catalog = new Catalog(store);
            ProvinceResolver.Match p = catalog.province(province);
            Partner x = partner == null ? null : catalog.partner(partner);
            String cat = category == null ? null : catalog.category(category).id();
            List<HistoryService.RequestRow> rows = new HistoryService(store).requests(p.province().id(),
                    x == null ? null : x.id(), st, cat);
            Views views = new Views(store);
            if (cli.json) {
                cli.out().json(rows.stream().map(views::request).toList());
                return Cli.OK;
            }
            cli.out().line(rows.size() + (rows.size() == 1 ? " request" : " requests"));
            for (HistoryService.RequestRow row : rows) {
                var r = row.request();
                cli.out().line(String.format("%-13s %s %-11s %s  [%s]", views.dateText(row.meetingDate()),
                        r.direction().arrow(), r.status().name().toLowerCase(Locale.ROOT), String.join(",", r.categories()),
                        r.id()));
                cli.out().line("              " + r.text());
            }
        }
        return Cli.OK;
    }

    static RequestStatus parseStatus(String s) {
        if (s == null) {
            return null;
        }
        try {
            return RequestStatus.valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown status '" + s + "': use open, in_progress, done or declined.");
        }
    }
}
