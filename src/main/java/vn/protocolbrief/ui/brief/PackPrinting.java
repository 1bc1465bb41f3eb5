package vn.protocolbrief.ui.brief;

import java.nio.file.Path;
import java.util.function.Consumer;
import vn.protocolbrief.brief.PackPrinter;
import vn.protocolbrief.ui.common.DialogService;
import vn.protocolbrief.ui.common.Messages;
import vn.protocolbrief.ui.common.TaskRunner;

/**
 * Prints a pack's PDF off the window's thread and says how it went: to which printer and how many pages, or, with
 * no printer or when printing failed, why, offering to open the PDF instead.
 */
public final class PackPrinting {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PackPrinting.class);

    /** What prints a PDF; the system's printers, or a stand-in in tests. */
    public interface Printer {
        PackPrinter.Outcome print(Path pdf, String jobName) throws Exception;

        /** Prints, saying to which printer and how many pages (unknown here: a stand-in that only says how it went). */
        default PackPrinter.Sent send(Path pdf, String jobName) throws Exception {
            return new PackPrinter.Sent(print(pdf, jobName), null, 0);
        }
    }

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private Printer printer = new Printer() {
        @Override
        public PackPrinter.Outcome print(Path pdf, String jobName) throws Exception {
            return send(pdf, jobName).outcome();
        }

        @Override
        public PackPrinter.Sent send(Path pdf, String jobName) throws Exception {
            return PackPrinter.send(pdf, jobName);
        }
    };

    PackPrinting(TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    void use(Printer other) {
        this.printer = other;
    }

    /** {@code open} opens a file in the system's viewer and says when it could not. */
    void print(Path pdf, Consumer<Path> open) {
        tasks.run(() -> printer.send(pdf, pdf.getFileName().toString()), sent -> {
            LOG.info("Printing {}: {} (printer {}, {} pages)", pdf, sent.outcome(), sent.printer(), sent.pages());
            if (sent.outcome() == PackPrinter.Outcome.NO_PRINTER && dialogs.ask(messages.get("composer.print"),
                    messages.get("composer.noPrinter"), messages.get("composer.openInstead"),
                    messages.get("button.close"), false)) {
                open.accept(pdf);
            } else if (sent.outcome() == PackPrinter.Outcome.PRINTED && sent.printer() != null) {
                dialogs.showInformation(messages.get("composer.print"), messages.format("composer.printSent",
                        sent.pages(), sent.printer(), pdf.getFileName()));
            }
        }, e -> {
            LOG.warn("Printing {} failed", pdf, e);
            if (dialogs.ask(messages.get("composer.printFailed"), messages.format("composer.printFailedWhy",
                    problem(e)), messages.get("composer.openInstead"), messages.get("button.close"), false)) {
                open.accept(pdf);
            }
        });
    }

    /**
     * Why printing failed, in words: Java prints on Linux through CUPS's lpr command, and a computer may have CUPS
     * without it (the cups-bsd package); otherwise the system's own words.
     */
    String problem(Throwable e) {
        String deepest = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = t.getMessage();
            if (text != null && text.matches("(?s).*(/lpr|\"lpr\"|lpr:|/lp\\b|\"lp\").*")) {
                return messages.get("composer.printNoLpr");
            }
            if (text != null && !text.isBlank()) {
                deepest = text;
            }
        }
        return deepest == null ? messages.get("composer.printUnknown") : deepest;
    }
}
