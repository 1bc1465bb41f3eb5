package vn.protocolbrief.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.ProvinceResolver;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.service.HistoryService;
import vn.protocolbrief.store.Store;

@Command(name = "meetings", description = "A province's meetings with Japanese partners, newest first, predecessors included.")
final class MeetingsCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--province", required = true, paramLabel = "P", description = "Province, new or old name.")
    String province;

    @Option(names = "--partner", paramLabel = "X", description = "Only meetings with this partner.")
    String partner;

    @Override
    public Integer call() {
        try (Store store = cli.openStore()) {
            Catalog catalog = new Catalog(store);
            ProvinceResolver.Match p = catalog.province(province);
            Partner x = partner == null ? null : catalog.partner(partner);
            List<Meeting> meetings = new HistoryService(store).meetings(p.province().id(), x == null ? null : x.id());
            Views views = new Views(store);
            var thanks = new vn.protocolbrief.service.CommitmentService(store);
            if (cli.json) {
                cli.out().json(meetings.stream().map(views::meeting).toList());
                return Cli.OK;
            }
            cli.out().line(p.province().nameVi() + (x == null ? "" : " — " + x.name("vi")) + ": " + meetings.size()
                    + (meetings.size() == 1 ? " meeting" : " meetings"));
            for (Meeting m : meetings) {
                Views.MeetingJson v = views.meeting(m);
                cli.out().line(String.format("%-13s %-22s %s", views.dateText(m.date()), m.provinceAsWritten(),
                        v.partner() == null ? "" : v.partner().name()));
                if (v.leader() != null) {
                    cli.out().line("              " + v.leader().name()
                            + (v.leader().title() == null || v.leader().title().isBlank() ? "" : ", " + v.leader().title()));
                }
                if (m.title() != null) {
                    cli.out().line("              " + m.title());
                }
                // Thanks are kept with the meeting as its commitments are (issue 18): who thanked whom, for what.
                for (var t : thanks.thanksOf(m.id())) {
                    cli.out().line("              thanks " + (t.by() == vn.protocolbrief.domain.Side.VN ? "VN→JP: "
                            : "JP→VN: ") + t.text());
                }
            }
        }
        return Cli.OK;
    }
}
