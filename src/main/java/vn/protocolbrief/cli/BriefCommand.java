package vn.protocolbrief.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.brief.BriefRequest;
import vn.protocolbrief.brief.BriefService;
import vn.protocolbrief.brief.StalePost;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.store.Store;

@Command(name = "brief", description = "Make the briefing pack (PDF) for a saved visit (--visit), or for a province and"
        + " a visiting partner.")
final class BriefCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--visit", paramLabel = "ID", description = "A visit recorded with 'visit add': its province,"
            + " partner, delegation, programme and talking points.")
    String visit;

    @Option(names = "--province", paramLabel = "P", description = "Province, new or old name (without --visit).")
    String province;

    @Option(names = "--partner", paramLabel = "X", description = "The visiting partner (without --visit).")
    String partner;

    @Option(names = "--leader", paramLabel = "NAME", description = "Head of the delegation: a person of the partner's"
            + " side (without --visit; none by default).")
    String leader;

    @Option(names = "--date", paramLabel = "DATE", description = "Date of the visit, 03/12/2026 or 2026-12-03"
            + " (without --visit).")
    String date;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en", description = "Language of the labels (default vi).")
    String lang;

    @Option(names = "--classification", paramLabel = "TEXT", description = "Header line (default \"Tài liệu nội bộ\").")
    String classification;

    @Option(names = "--parts", split = ",", paramLabel = "PART,…", description = "Parts to include, in this order"
            + " (default all: brief, history, requests, commitments, agreements, gifts, delegation, province, sources;"
            + " the former glance and points are the brief, charts are in history).")
    java.util.List<String> parts;

    @Option(names = "--reviewed-only", description = "Leave out what comes from meetings nobody has reviewed yet"
            + " (see 'review list'); by default it is printed with the mark ◇.")
    boolean reviewedOnly;
    @Option(names = "--format", defaultValue = "pdf", paramLabel = "pdf|docx", description = "A tagged PDF (default)"
            + " or a Word document (.docx) with the same parts, to finish in Word.")
    String format;

    @Option(names = "--host", paramLabel = "PERSON", description = "One of our side, a person in the store by id or"
            + " name (repeat, in order of precedence; without --visit): must hold a post in this province or one merged"
            + " into it, as for 'visit add'. Without any host our side is left out of the delegations.")
    List<String> hosts;

    @Option(names = "--xhtml", paramLabel = "FILE.xhtml", description = "Also write the pack's XHTML as laid out"
            + " (to compare with other converters).")
    Path xhtml;

    @Option(names = "--confirm-posts", description = "Confirm, as the officer (--as), that the posts the pack takes"
            + " from records over a year before the visit still hold: the pack prints them without the warning (the"
            + " annex keeps their record's date); the confirmation is kept with who and when.")
    boolean confirmPosts;

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "Where to write (default brief-<province>-<partner>.pdf).")
    Path out;

    @Override
    public Integer call() {
        if (visit != null && (province != null || partner != null || leader != null || date != null
                || hosts != null)) {
            throw new IllegalArgumentException("With --visit, the province, partner, leader, hosts and date come from"
                    + " the visit; change them with 'visit edit'.");
        }
        if (visit == null && (province == null || partner == null)) {
            throw new IllegalArgumentException("Name a visit (--visit ID) or a province and a partner"
                    + " (--province P --partner X).");
        }
        LocalDate day = parseDate(date);
        vn.protocolbrief.store.StoreFiles.refuseOutput(out, cli.storePath());
        vn.protocolbrief.store.StoreFiles.refuseOutput(xhtml, cli.storePath());
        if (xhtml != null) {
            // Refused before the pack is written, not after: a refusal leaves nothing written (fc7).
            vn.protocolbrief.store.TempFiles.target(xhtml);
        }
        try (Store store = cli.openStore()) {
            BriefService service = new BriefService(store, Clock.systemDefaultZone());
            BriefRequest request = visit != null ? BriefRequest.forVisit(visit, lang, classification, parts)
                    : new BriefRequest(province, partner, leader, day, lang, classification, parts).withHosts(hosts);
            request = request.withReviewedOnly(reviewedOnly);
            BriefService.Format kind = BriefService.Format.of(format);
            String ext = kind == BriefService.Format.DOCX ? ".docx" : ".pdf";
            Path target = out != null ? out : Path.of(visit != null ? "brief-" + slug(visit) + ext
                    : "brief-" + slug(province) + "-" + slug(partner) + (day == null ? "" : "-" + day) + ext);
            // Posts read in records over a year older than the visit are printed "as of" their date: said once, after
            // the pack is written (a refused --out stays one line).
            if (confirmPosts) {
                List<StalePost> confirmed = service.confirmStalePosts(request);
                cli.out().stderr().println(confirmed.isEmpty() ? "No post to confirm: none is from a record over a"
                        + " year before the visit." : "Confirmed by " + store.actor().name() + ": " + confirmed.stream()
                        .map(StalePost::line).collect(Collectors.joining("; ")));
            }
            BriefService.Result r = service.generate(request, target, kind);
            // What the officer must know before signing is said here, never printed in the pack.
            vn.protocolbrief.brief.OfficerNotes.of(r.model(), LocalDate.now(), "en")
                    .forEach(n -> cli.out().stderr().println(n));
            List<StalePost> stale = r.postsAsOf();
            if (!stale.isEmpty()) {
                cli.out().stderr().println("Posts shown as of their record's date (over a year before the visit;"
                        + " confirm them with --confirm-posts): " + stale.stream().map(StalePost::line).collect(Collectors.joining("; ")));
            }
            // The pack says which articles a reader cannot check; how to complete them is said here, to the officer.
            r.model().sources().stream().map(vn.protocolbrief.brief.SourceLines::completion)
                    .filter(java.util.Objects::nonNull)
                    .forEach(c -> cli.out().stderr().println("A cited source lacks what a reader checks it by: " + c));
            if (xhtml != null) {
                vn.protocolbrief.store.TempFiles.writeWhole(xhtml, store.path(), ".xhtml-",
                        os -> os.write(service.xhtml(r.model()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            if (cli.json) {
                cli.out().json(new Summary(r.file().toString(), r.pages(), r.bytes(), r.snapshot(), r.id(), r.recorded(),
                        r.notRecorded(), stale.stream().map(p -> new DatedPost(p.person(), p.title(), p.asOf().iso()))
                        .toList()));
            } else {
                cli.out().line(r.pages() > 0 ? String.format("Wrote %s: %d pages, %d KB (snapshot %s)", r.file(),
                        r.pages(), (r.bytes() + 1023) / 1024, r.snapshot())
                        : String.format("Wrote %s: %d KB (snapshot %s)", r.file(), (r.bytes() + 1023) / 1024, r.snapshot()));
                if (!r.recorded()) {
                    cli.out().line("The pack was not recorded in the store: " + r.notRecorded());
                }
            }
        }
        return Cli.OK;
    }

    record Summary(String file, int pages, long bytes, String snapshot, String id, boolean recorded, String notRecorded,
                   List<DatedPost> postsAsOf) {
    }

    /** A post printed "as of" the month of its record. */
    record DatedPost(String person, String title, String asOf) {
    }

    private static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        var d = vn.protocolbrief.domain.DateInput.parse(s);
        if (d.precision() != vn.protocolbrief.domain.DatePrecision.DAY) {
            throw new IllegalArgumentException("The date of a visit is a day: '" + s.strip() + "' (write 03/12/2026).");
        }
        return LocalDate.parse(d.iso());
    }

    private static String slug(String s) {
        return Text.key(s).replace(' ', '-');
    }
}
