package vn.protocolbrief.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.ingest.ArticleReader;
import vn.protocolbrief.ingest.ArticleText;
import vn.protocolbrief.ingest.Draft;
import vn.protocolbrief.ingest.ImportException;
import vn.protocolbrief.ingest.ImportService;
import vn.protocolbrief.store.ArchiveJson;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;

@Command(name = "import", description = "Read news articles (text, HTML, .docx; a file, a folder or - for stdin)"
        + " into draft meetings; --save stores them.")
final class ImportCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = ArchiveJson.mapper();

    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "FILE|FOLDER|-")
    String input;

    @Option(names = "--save", description = "Store the draft as a meeting with its source.")
    boolean save;

    @Option(names = "--merge", description = "With --save: add an article about a stored meeting to that meeting.")
    boolean merge;

    @Option(names = "--reviewed", description = "With --save: store the drafts as reviewed. Only if you have read"
            + " each draft against its article (a folder: every one); otherwise leave them unreviewed, for `review`.")
    boolean reviewed;

    @Override
    public Integer call() throws IOException {
        if (reviewed && !save) {
            throw new IllegalArgumentException("--reviewed goes with --save: only a saved draft can be reviewed.");
        }
        List<Path> files = files();
        ArticleReader reader = new ArticleReader();
        int failed = 0;
        List<ObjectNode> results = new ArrayList<>();
        try (Store store = cli.openStore()) {
            String reviewer = reviewed ? store.actor().name() : null;
            ImportService service = new ImportService(store);
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String name = file == null ? "stdin" : file.getFileName().toString();
                if (files.size() > 1 && !cli.json) {
                    cli.out().line("[" + (i + 1) + "/" + files.size() + "] " + name);
                }
                try {
                    ArticleText article = file == null ? reader.read(System.in, "stdin") : reader.read(file);
                    Draft draft = service.draft(article);
                    ImportService.Saved saved = save ? service.save(draft, null, merge, reviewer) : null;
                    ObjectNode node = JSON.valueToTree(draft);
                    ((ObjectNode) node.get("source")).remove("text");
                    node.put("file", name);
                    node.put("status", saved == null ? "draft" : saved.status());
                    if (saved != null) {
                        node.put("meetingId", saved.meetingId());
                        node.put("message", saved.message());
                        node.put("reviewed", reviewer != null);
                    }
                    results.add(node);
                    if (!cli.json) {
                        printDraft(draft, saved);
                        if (saved != null && reviewer == null && !saved.status().equals("duplicate")
                                && !saved.status().equals("merge_offered")) {
                            cli.out().line("Not reviewed yet: packs mark what it says until someone reads it against"
                                    + " the article (review mark " + saved.meetingId() + ").");
                            cli.out().line("");
                        }
                    }
                } catch (RuntimeException e) {
                    // One bad article never stops a folder: it is named with its reason, and the rest go on.
                    failed++;
                    String message = e instanceof ImportException || e instanceof StoreException
                            ? e.getMessage() : name + ": could not be read (" + e + "). Nothing was imported from it.";
                    if (!(e instanceof ImportException || e instanceof StoreException)) {
                        org.slf4j.LoggerFactory.getLogger(ImportCommand.class).error("Import of {} failed", name, e);
                    }
                    ObjectNode node = JSON.createObjectNode();
                    node.put("file", name);
                    node.put("status", "error");
                    node.put("message", message);
                    results.add(node);
                    cli.out().error(message);
                }
            }
        }
        if (cli.json) {
            cli.out().json(results.size() == 1 && !Files.isDirectory(Path.of(input.equals("-") ? "." : input))
                    ? results.get(0) : results);
        }
        return failed == 0 ? Cli.OK : Cli.FAILED;
    }

    private List<Path> files() throws IOException {
        if (input.equals("-")) {
            List<Path> stdin = new ArrayList<>();
            stdin.add(null);
            return stdin;
        }
        return ArticleReader.articles(Path.of(input));
    }

    private void printDraft(Draft d, ImportService.Saved saved) {
        var o = cli.out();
        o.line("Date:      " + (d.date() == null ? "unknown" : d.date() + " (" + d.datePrecision() + ")"));
        o.line("Province:  " + (d.province() == null ? "?" : d.province().name() + " — as written: " + d.provinceAsWritten())
                + (d.venue() == null ? "" : " — held in " + d.venue()));
        o.line("Partner:   " + (d.partner() == null ? "?" : d.partner().name() + " (" + d.partner().kind()
                + (d.partner().id() == null ? ", new" : "") + ")"));
        if (d.leader() != null) {
            o.line("Leader:    " + d.leader().name() + (d.leader().title() == null ? "" : ", " + d.leader().title()));
        }
        d.members().forEach(m -> o.line("Member:    " + m.name() + (m.title() == null ? "" : ", " + m.title())));
        // Our side by its role: the host, those who attended, or our delegation when it went to the partner.
        d.hosts().forEach(h -> o.line(switch (String.valueOf(h.role())) {
            case "leader" -> "Our head:  ";
            case "member" -> "Our party: ";
            case "participant" -> "Attending: ";
            default -> "Host:      ";
        } + h.name() + ", " + h.title()));
        d.requests().forEach(r -> o.line("Request:   " + (r.direction().equals("vn_to_jp") ? "VN→JP " : "JP→VN ")
                + String.join(",", r.categories()) + " — " + r.text()));
        java.util.stream.Stream.concat(d.agreements().stream(), d.earlierAgreements().stream()).forEach(a -> o.line("Agreement: " + a.title() + (a.signedAtMeeting() ? (a.inWords() ? " (agreed at the meeting)" : " (signed at the meeting)")
                : " (earlier" + (a.date() == null ? "" : ", " + a.date()) + ")")));
        d.commitments().forEach(c -> o.line("Commitment: " + ("jp".equals(c.side()) ? "JP " : "VN ") + c.text()
                + (c.due() == null ? "" : " (due " + c.due() + ")")));
        d.thanks().forEach(t -> o.line("Thanks:    " + ("jp".equals(t.by()) ? "JP→VN " : "VN→JP ") + t.text()));
        d.aidProjects().forEach(a -> o.line("Aid:       " + a.title() + (a.amount() == null ? "" : " — "
                + a.amount().toPlainString() + " " + a.currency())));
        d.gifts().forEach(g -> o.line("Gift:      " + g.item() + " — " + g.giver() + " → " + g.receiver()));
        if (d.source().publication() != null || d.source().published() != null) {
            // The newspaper (from the page, or the site of its address) and the day it published, for the officer to check.
            o.line("Source:    " + java.util.stream.Stream.of(d.source().publication(), d.source().published())
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", ")));
        }
        d.keyFigures().forEach(f -> o.line("Figure:    " + f.value() + " — " + f.label()));
        d.localities().forEach(l -> o.line("Locality:  " + l.name()));
        d.warnings().forEach(w -> o.line("Warning:   " + w.text()));
        if (saved != null) {
            o.line(saved.message());
        }
        o.line("");
    }
}
