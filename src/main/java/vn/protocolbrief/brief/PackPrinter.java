package vn.protocolbrief.brief;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints the pack's PDF itself (PDFBox renders each page at the printer's resolution), not the preview's pictures.
 * Runs off the window's thread: the system dialog and the spooling may take seconds.
 */
public final class PackPrinter {
    private PackPrinter() {
    }

    /** Whether this computer has a printer to print to. */
    public static boolean printerAvailable() {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        return services.length > 0 || PrintServiceLookup.lookupDefaultPrintService() != null;
    }

    /** What happened: printed, cancelled in the dialog, or no printer at all. */
    public enum Outcome { PRINTED, CANCELLED, NO_PRINTER }

    /** What was sent where: the outcome, the printer's name and the pages sent (none unless printed). */
    public record Sent(Outcome outcome, String printer, int pages) {
    }

    /**
     * Sends every page to the system's default printer (else its first) through its print service, with no dialog
     * of Java's own: the window says afterwards which printer and how many pages.
     */
    public static Sent send(Path pdf, String jobName) throws IOException, PrinterException {
        PrintService service = PrintServiceLookup.lookupDefaultPrintService();
        if (service == null) {
            PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
            service = services.length == 0 ? null : services[0];
        }
        if (service == null) {
            return new Sent(Outcome.NO_PRINTER, null, 0);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPrintService(service);
            job.setPageable(new PDFPageable(doc));
            job.print();
            return new Sent(Outcome.PRINTED, service.getName(), doc.getNumberOfPages());
        }
    }

    /** Shows the system print dialog, then prints every page. */
    public static Outcome print(Path pdf, String jobName) throws IOException, PrinterException {
        if (!printerAvailable()) {
            return Outcome.NO_PRINTER;
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            if (!job.printDialog()) {
                return Outcome.CANCELLED;
            }
            job.print();
            return Outcome.PRINTED;
        }
    }
}
