package vn.protocolbrief.brief;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import vn.protocolbrief.store.BriefRecordRepository;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;
import vn.protocolbrief.store.TempFiles;

/**
 * Makes a briefing pack in one step: assemble the model, lay it out, write the PDF, and record in the
 * store which records it was made from. The file appears whole or not at all, and is recorded only if
 * it was written.
 */
public final class BriefService {
    private final Store store;
    private final Clock clock;

    public BriefService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Starts loading the PDF engine and fonts on another core; a pack made soon after is a second faster.
     * Failures here are ignored: the real render reports them.
     */
    public static void warmUpInBackground() {
        if (Boolean.getBoolean("protocolbrief.noWarmUp")) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                PdfWriter.warmUp();
            } catch (RuntimeException | Error ignored) {
                // the real render will say what is wrong
            }
        }, "pdf-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * The pages of a PDF as PNG images at the given resolution, for a preview; rendering stops early when
     * the thread is interrupted (a cancelled preview).
     */
    public static java.util.List<byte[]> pageImages(Path pdf, float dpi) {
        java.util.List<byte[]> pages = new java.util.ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages() && !Thread.currentThread().isInterrupted(); i++) {
                java.awt.image.BufferedImage image = renderer.renderImageWithDPI(i, dpi);
                java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
                javax.imageio.ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
        } catch (IOException e) {
            throw new StoreException("Cannot show " + pdf.getFileName() + ": " + TempFiles.reason(e));
        }
        return pages;
    }

    /**
     * What was made. {@code recorded} is false when the pack was written but the store could not record it
     * (a read-only or busy store); {@code notRecorded} then says why.
     */
    public record Result(String id, Path file, int pages, long bytes, String snapshot, BriefModel model,
                         boolean recorded, String notRecorded, java.util.List<StalePost> postsAsOf) {
    }

    public BriefModel assemble(BriefRequest request) {
        return new BriefAssembler(store, clock).assemble(request);
    }

    /** Posts the pack would show from records over a year older than the visit, dated "as of" (to confirm first). */
    public java.util.List<StalePost> stalePosts(BriefRequest request) {
        return new BriefAssembler(store, clock).stalePosts(request);
    }

    /**
     * Records that the posts this pack would date "as of" an old record still hold, confirmed by the store's officer
     * today (issue 19): the pack then prints them without the warning, the annex keeps their record's date. Returns
     * the posts confirmed (none: nothing to confirm, nothing written).
     */
    public java.util.List<StalePost> confirmStalePosts(BriefRequest request) {
        java.util.List<StalePost> stale = stalePosts(request);
        if (!stale.isEmpty()) {
            store.writing(w -> {
                w.confirmPosts(stale.stream().map(StalePost::positionId).distinct().toList(),
                        java.time.LocalDate.now(clock));
                return null;
            });
        }
        return stale;
    }

    /** The pack's XHTML as it is laid out (for comparisons: the benchmark converts it with LibreOffice). */
    public String xhtml(BriefModel model) {
        return new BriefHtml(model, Labels.of(model)).render();
    }

    /** Lays a model out without writing anything (previews, benchmarks). */
    public byte[] render(BriefModel model) {
        return new PdfWriter().write(model, Labels.of(model)).bytes();
    }

    /** The file a pack is written as: the tagged PDF, or a Word document an officer can edit. */
    public enum Format {
        PDF, DOCX;

        public static Format of(String name) {
            return switch (name == null ? "pdf" : name.toLowerCase(java.util.Locale.ROOT)) {
                case "pdf" -> PDF;
                case "docx", "word" -> DOCX;
                default -> throw new vn.protocolbrief.domain.UserProblem(
                        vn.protocolbrief.domain.UserProblem.Code.BRIEF_UNKNOWN_FORMAT, name);
            };
        }
    }

    /**
     * Writes the pack whole (or not at all) to {@code out}, then records in the store which records it was made
     * from. A pack the store cannot record (read-only, busy) is still written, and the result says so.
     */
    public Result generate(BriefRequest request, Path out) {
        return generate(request, out, Format.PDF);
    }

    /** The same, as a PDF or as a Word document (same model, same parts; a Word file's pages are counted as 0). */
    public Result generate(BriefRequest request, Path out, Format format) {
        vn.protocolbrief.store.StoreFiles.refuseOutput(out, store.path());
        Path target = TempFiles.target(out);
        long t0 = System.nanoTime();
        // One assembly gives the pack and the posts it shows "as of" their record's date.
        BriefAssembler.Assembled assembled = new BriefAssembler(store, clock).assembleWithPosts(request);
        BriefModel model = assembled.model();
        long t1 = System.nanoTime();
        Labels labels = Labels.of(model);
        byte[] bytes;
        int pages;
        if (format == Format.DOCX) {
            bytes = new DocxWriter(model, labels).write();
            pages = 0;
        } else {
            PdfWriter.Pdf pdf = new PdfWriter().write(model, labels);
            bytes = pdf.bytes();
            pages = pdf.pages();
        }
        if (Boolean.getBoolean("protocolbrief.timing")) {
            System.err.printf("assemble %d ms, lay out and write %d ms%n", (t1 - t0) / 1_000_000,
                    (System.nanoTime() - t1) / 1_000_000);
        }
        Path written = TempFiles.writeWhole(target, store.path(), ".brief-", os -> os.write(bytes));
        String id = UUID.randomUUID().toString();
        try {
            var visit = model.visit();
            BriefRecordRepository.record(store, new BriefRecordRepository.BriefRecord(id,
                    LocalDateTime.now(clock).toString(), model.meta().provinceId(), model.meta().partnerId(),
                    visit.leader() == null ? null : visit.leader().id(), visit.date().iso(),
                    request.lang(), model.meta().classification(), written.toString(), pages,
                    model.meta().snapshot(), model.meta().recordIds(), request.visitId(),
                    model.talkingPoints().stream().map(p -> new vn.protocolbrief.domain.Visit.SpeechPoint(p.kind(),
                            p.text(), p.recordIds(), java.util.List.of())).toList()));
            return new Result(id, written, pages, bytes.length, model.meta().snapshot(), model, true, null,
                    assembled.postsAsOf());
        } catch (StoreException e) {
            return new Result(null, written, pages, bytes.length, model.meta().snapshot(), model, false,
                    e.getMessage(), assembled.postsAsOf());
        }
    }

    /** The Word document of a model, without writing anything (the composer saves it where the officer chooses). */
    public byte[] docx(BriefModel model) {
        return new DocxWriter(model, Labels.of(model)).write();
    }
}
