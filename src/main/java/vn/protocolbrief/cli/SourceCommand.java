package vn.protocolbrief.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.service.SourceService;
import vn.protocolbrief.store.Store;

/** Sources as a reader checks them: newspaper, headline, date and address; listed and completed by the officer. */
@Command(name = "source", description = "The sources of the records: newspaper, headline, date and web address, as"
        + " the pack's sources annex prints them.", subcommands = {SourceCommand.ListSources.class,
        SourceCommand.Edit.class})
final class SourceCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        throw new IllegalArgumentException("Name what to do: source list or source edit (see --help).");
    }

    void print(SourceService.Listed s) {
        cli.out().line(s.id());
        cli.out().line("  newspaper: " + orDash(s.newspaper()));
        cli.out().line("  headline:  " + orDash(s.headline()));
        cli.out().line("  date:      " + (s.date().known() ? s.date().display() : "-"));
        cli.out().line("  url:       " + orDash(s.url()));
        cli.out().line("  meetings:  " + (s.meetingIds().isEmpty() ? "-" : String.join(", ", s.meetingIds())));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    /** The JSON of a source: the date as ISO text at its precision. */
    record Json(String id, String newspaper, String headline, String date, String url, List<String> meetings) {
        static Json of(SourceService.Listed s) {
            return new Json(s.id(), s.newspaper(), s.headline(), s.date().iso(), s.url(), s.meetingIds());
        }
    }

    @Command(name = "list", description = "Every source, or those of one meeting (--meeting ID).")
    static final class ListSources implements Callable<Integer> {
        @ParentCommand
        SourceCommand parent;

        @Option(names = "--meeting", paramLabel = "ID")
        String meeting;

        @Override
        public Integer call() {
            try (Store store = parent.cli.openStore()) {
                List<SourceService.Listed> all = new SourceService(store).list(meeting);
                if (parent.cli.json) {
                    parent.cli.out().json(all.stream().map(Json::of).toList());
                } else if (all.isEmpty()) {
                    parent.cli.out().line("No sources.");
                } else {
                    all.forEach(parent::print);
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "edit", description = "Complete or correct a source: only the options given change; an empty"
            + " value clears the field. Undo it with 'undo'.")
    static final class Edit implements Callable<Integer> {
        @ParentCommand
        SourceCommand parent;

        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--newspaper", paramLabel = "N", description = "The newspaper or site: Báo Phú Thọ.")
        String newspaper;

        @Option(names = "--headline", paramLabel = "H", description = "The article's headline as published.")
        String headline;

        @Option(names = "--date", paramLabel = "DD/MM/YYYY", description = "The day it was published (or 11/2025,"
                + " 2025).")
        String date;

        @Option(names = "--url", paramLabel = "U", description = "Its web address, beginning with http:// or https://.")
        String url;

        @Override
        public Integer call() {
            try (Store store = parent.cli.openStore()) {
                SourceService.Listed s = new SourceService(store).edit(id,
                        new SourceService.Edit(newspaper, headline, date, url));
                if (parent.cli.json) {
                    parent.cli.out().json(Json.of(s));
                } else {
                    parent.cli.out().line("Changed source " + s.id() + ".");
                    parent.print(s);
                }
            }
            return Cli.OK;
        }
    }
}
