package vn.protocolbrief.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.service.EnglishRenderingService;
import vn.protocolbrief.store.Store;

@Command(name = "english", description = "Show, set or remove the English rendering of a record's Vietnamese text"
        + " (a request, a request's note, an agreement, a meeting's outcome, summary, title or venue, a commitment), used by English"
        + " packs and letters instead of the original.")
final class EnglishCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--kind", paramLabel = "KIND", description = "request, note, agreement, outcome,"
            + " summary, title, venue, commitment, parties, fields, figure, figure_value, figure_unit, gift, link,"
            + " visit_venue, visit_purpose, visit_office or visit_programme"
            + " (outcome, summary, title, venue: --id is the meeting's; note: the request's; parties, fields: the"
            + " agreement's; figure, figure_value, figure_unit: the key figure's label, value, unit; gift: the gift's"
            + " item; link: the locality link's note; visit_venue, visit_purpose, visit_office, visit_programme: a"
            + " planned visit's, --id the visit's, --note the programme item's number from 1).")
    String kind;

    @Option(names = "--id", paramLabel = "ID", description = "The record (ids: requests --json,"
            + " meetings --json, due).")
    String id;

    @Option(names = "--note", paramLabel = "N", description = "For --kind note: which of the request's notes, from 1"
            + " (default: the latest).")
    Integer note;

    @Option(names = "--text", paramLabel = "TEXT", description = "The English rendering to keep; without --text the"
            + " rendering (if any) is shown.")
    String text;

    @Option(names = "--remove", description = "Remove the English rendering (packs quote the original again).")
    boolean remove;

    @Option(names = "--stale", description = "List the renderings written for Vietnamese that was edited since: English"
            + " packs quote that Vietnamese as the original, with a note, until the English is set again.")
    boolean stale;

    @Override
    public Integer call() {
        if (stale) {
            if (kind != null || id != null || text != null || remove) {
                throw new IllegalArgumentException("--stale lists; give it alone.");
            }
            return listStale();
        }
        if (kind == null || id == null) {
            throw new IllegalArgumentException("Give --kind and --id (or --stale to list out-of-date renderings).");
        }
        if (remove && text != null) {
            throw new IllegalArgumentException("Give --text or --remove, not both.");
        }
        if (note != null && !EnglishRendering.numbered(kind)) {
            throw new IllegalArgumentException("--note is for --kind note and visit_programme only.");
        }
        if (note != null && note < 1) {
            throw new IllegalArgumentException("--note counts from 1.");
        }
        try (Store store = cli.openStore()) {
            EnglishRenderingService service = new EnglishRenderingService(store);
            new EnglishRendering(kind, id, 0, "-");
            if (EnglishRendering.VISIT_PROGRAMME.equals(kind) && note == null) {
                throw new IllegalArgumentException("--kind visit_programme needs --note: the item's number, from 1.");
            }
            int n = !EnglishRendering.numbered(kind) ? 0 : note != null ? note - 1 : service.latestNote(id);
            String original = service.original(kind, id, n);
            String english;
            if (remove || text != null) {
                english = service.set(kind, id, n, remove ? null : text).map(EnglishRendering::text).orElse(null);
            } else {
                english = service.get(kind, id, n).map(EnglishRendering::text).orElse(null);
            }
            if (cli.json) {
                cli.out().json(new Shown(kind, id, EnglishRendering.numbered(kind) ? n + 1 : null, original,
                        english));
            } else {
                cli.out().line(original);
                cli.out().line(english == null ? "(no English rendering: English packs quote the original, marked [VI])"
                        : "EN: " + english);
            }
        }
        return Cli.OK;
    }

    private Integer listStale() {
        try (Store store = cli.openStore()) {
            var all = new EnglishRenderingService(store).stale();
            if (cli.json) {
                cli.out().json(all.stream().map(s -> new Stale(s.rendering().kind(), s.rendering().recordId(),
                        EnglishRendering.numbered(s.rendering().kind()) ? s.rendering().note() + 1 : null,
                        s.rendered(), s.original(), s.rendering().text())).toList());
            } else if (all.isEmpty()) {
                cli.out().line("No English rendering is out of date.");
            } else {
                for (var s : all) {
                    var r = s.rendering();
                    cli.out().line(r.label() + ":");
                    cli.out().line("  rendered:  " + s.rendered());
                    cli.out().line("  now:       " + s.original());
                    cli.out().line("  EN:        " + r.text());
                    cli.out().line("  set again: english --kind " + r.kind() + " --id " + r.recordId()
                            + (EnglishRendering.numbered(r.kind()) ? " --note " + (r.note() + 1) : "") + " --text \"…\"");
                }
            }
        }
        return Cli.OK;
    }

    /** A rendering out of date: the Vietnamese it rendered, the record's Vietnamese now, the English. */
    record Stale(String kind, String id, Integer note, String rendered, String now, String english) {
    }

    /** The record text and its English rendering (null: none). */
    record Shown(String kind, String id, Integer note, String original, String english) {
    }
}
