package vn.protocolbrief.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.brief.BriefRequest;
import vn.protocolbrief.brief.BriefService;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.store.Store;

@Command(name = "brief", description = "Make the briefing pack (PDF) for a province and a visiting partner.")
final class BriefCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--province", required = true, paramLabel = "P", description = "Province, new or old name.")
    String province;

    @Option(names = "--partner", required = true, paramLabel = "X", description = "The visiting partner.")
    String partner;

    @Option(names = "--leader", paramLabel = "NAME", description = "Head of delegation (default: the partner's latest).")
    String leader;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of the visit.")
    String date;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en", description = "Language of the labels (default vi).")
    String lang;

    @Option(names = "--classification", paramLabel = "TEXT", description = "Header line (default \"Tài liệu nội bộ\").")
    String classification;

    @Option(names = "--parts", split = ",", paramLabel = "PART,…", description = "Parts to include, in this order"
            + " (default all: glance, delegation, province, history, requests, agreements, gifts, points, charts,"
            + " sources).")
    java.util.List<String> parts;

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "Where to write (default brief-<province>-<partner>.pdf).")
    Path out;

    @Override
    public Integer call() {
        LocalDate visit = parseDate(date);
        try (Store store = cli.openStore()) {
            BriefService service = new BriefService(store, Clock.systemDefaultZone());
            BriefRequest request = new BriefRequest(province, partner, leader, visit, lang, classification, parts);
            Path target = out != null ? out : Path.of("brief-" + slug(province) + "-" + slug(partner) + ".pdf");
            BriefService.Result r = service.generate(request, target);
            if (cli.json) {
                cli.out().json(new Summary(r.file().toString(), r.pages(), r.bytes(), r.snapshot(), r.id(), r.recorded(),
                        r.notRecorded()));
            } else {
                cli.out().line(String.format("Wrote %s: %d pages, %d KB (snapshot %s)", r.file(), r.pages(),
                        (r.bytes() + 1023) / 1024, r.snapshot()));
                if (!r.recorded()) {
                    cli.out().line("The pack was not recorded in the store: " + r.notRecorded());
                }
            }
        }
        return Cli.OK;
    }

    record Summary(String file, int pages, long bytes, String snapshot, String id, boolean recorded, String notRecorded) {
    }

    private static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date: '" + s + "' (expected YYYY-MM-DD).");
        }
    }

    private static String slug(String s) {
        return Text.key(s).replace(' ', '-');
    }
}
