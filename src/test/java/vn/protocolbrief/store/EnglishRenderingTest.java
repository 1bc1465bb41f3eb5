package vn.protocolbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.service.EnglishRenderingService;
import vn.protocolbrief.service.RecordService;

/** Issue 19: the officer's English renderings of record text are kept, exported, restored and undone. */
class EnglishRenderingTest {
    @TempDir
    Path dir;

    /** A demo meeting with an outcome and a request that has a dated note, and an agreement. */
    record Texts(Meeting meeting, Request request, Agreement agreement) {
    }

    static Texts texts(Store s) {
        List<Meeting> meetings = new ArchiveService(s).export().meetings();
        Meeting m = meetings.stream().filter(x -> x.outcome() != null
                && x.requests().stream().anyMatch(r -> !r.followUps().isEmpty())).findFirst().orElseThrow();
        Request r = m.requests().stream().filter(x -> !x.followUps().isEmpty()).findFirst().orElseThrow();
        Agreement a = new ArchiveService(s).export().agreements().get(0);
        return new Texts(m, r, a);
    }

    /**
     * A new store's demo records come with English renderings (issue 19): taken away first, so that each test sees
     * only the renderings it adds.
     */
    static Store plain(Store s) {
        EnglishRenderingService english = new EnglishRenderingService(s);
        for (EnglishRendering r : new ArchiveService(s).export().englishRenderings()) {
            english.set(r.kind(), r.recordId(), r.note(), null);
        }
        return s;
    }

    static void renderAll(Store s, Texts t) {
        EnglishRenderingService english = new EnglishRenderingService(s);
        english.set("request", t.request().id(), 0, "Support for training nurses.");
        english.set("note", t.request().id(), 0, "The embassy replied that it is studying the request.");
        english.set("outcome", t.meeting().id(), 0, "Both sides agreed to exchange delegations.");
        english.set("agreement", t.agreement().id(), 0, "Memorandum on cooperation");
    }

    private static String json(Archive a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveJson.write(a, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void renderingsTravelInAnExportAndComeBackTheSameInAnotherStore() throws Exception {
        String exported;
        List<EnglishRendering> kept;
        try (Store a = plain(Store.open(dir.resolve("a.db")))) {
            renderAll(a, texts(a));
            kept = new ArchiveService(a).export().englishRenderings();
            exported = json(new ArchiveService(a).export());
        }
        assertThat(kept).hasSize(4);
        assertThat(exported).contains("\"englishRenderings\"", "Support for training nurses.",
                "Memorandum on cooperation");
        try (Store b = plain(Store.open(dir.resolve("b.db")))) {
            assertThat(new ArchiveService(b).export().englishRenderings()).isEmpty();
            new ArchiveService(b).importArchive(ArchiveJson.read(new ByteArrayInputStream(
                    exported.getBytes(StandardCharsets.UTF_8)), "a.json"));
            assertThat(new ArchiveService(b).export().englishRenderings()).containsExactlyElementsOf(kept);
            assertThat(ExportRecords.of(json(new ArchiveService(b).export()))).isEqualTo(ExportRecords.of(exported));
        }
    }

    @Test
    void aRenderingOfTextNoRecordHoldsIsRefusedAndNothingIsImported() throws Exception {
        try (Store a = plain(Store.open(dir.resolve("a.db")))) {
            Archive good = new ArchiveService(a).export();
            Archive bad = new Archive(good.format(), good.partners(), good.persons(), good.sources(), good.meetings(),
                    good.agreements(), good.aidProjects(), good.keyFigures(), good.localityLinks(), good.sensitivities(),
                    good.vocabulary(), good.visits(), good.reviews(), good.commitments(), good.visitMeetings(),
                    List.of(new EnglishRendering("request", "no-such-request", 0, "Anything")));
            assertThatThrownBy(() -> new ArchiveService(a).importArchive(bad)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("request no-such-request").hasMessageContaining("Nothing was imported");
            assertThat(new ArchiveService(a).export().englishRenderings()).isEmpty();
            assertThatThrownBy(() -> new EnglishRenderingService(a).set("outcome", "no-such-meeting", 0, "x"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("no-such-meeting");
        }
    }

    @Test
    void undoTakesBackARenderingAndARenderingSurvivesTheMeetingBeingSavedAgain() {
        try (Store s = plain(Store.open(dir.resolve("u.db")))) {
            Texts t = texts(s);
            EnglishRenderingService english = new EnglishRenderingService(s);
            RecordService records = new RecordService(s);
            english.set("request", t.request().id(), 0, "First rendering.");
            english.set("request", t.request().id(), 0, "Second rendering.");
            english.set("agreement", t.agreement().id(), 0, "The agreement in English");

            records.undoLast();
            assertThat(english.get("agreement", t.agreement().id(), 0)).isEmpty();
            records.undoLast();
            assertThat(english.get("request", t.request().id(), 0)).map(EnglishRendering::text)
                    .contains("First rendering.");

            // The meeting form saves the meeting whole (its requests rewritten): the rendering stays.
            records.saveMeeting(records.meeting(t.meeting().id()));
            assertThat(english.get("request", t.request().id(), 0)).map(EnglishRendering::text)
                    .contains("First rendering.");
            // Deleting the meeting and undoing it brings the rendering back with it; meanwhile it is not exported.
            records.deleteMeeting(t.meeting().id());
            assertThat(new ArchiveService(s).export().englishRenderings()).isEmpty();
            // and none is left behind in the store (an orphan kept the deleted meeting alive to a travel sync)
            int left = s.read(h -> h.createQuery("SELECT count(*) FROM english_rendering").mapTo(Integer.class).one());
            assertThat(left).as("renderings left behind by the deleted meeting").isZero();
            records.undoLast();
            assertThat(new ArchiveService(s).export().englishRenderings()).extracting(EnglishRendering::text)
                    .containsExactly("First rendering.");
            english.set("request", t.request().id(), 0, " ");
            assertThat(english.get("request", t.request().id(), 0)).isEmpty();
        }
    }
}
