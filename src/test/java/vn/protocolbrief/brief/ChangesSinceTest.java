package vn.protocolbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Since the last meeting" lists only what happened after that meeting (issue 19): the agreement the demo's Quảng
 * Ninh and Gia Lai pairs signed at their last meeting is that meeting's own, told in its record, not a change since.
 */
class ChangesSinceTest {
    @TempDir
    static Path dir;
    static DemoPacks demo;

    @BeforeAll
    static void open() {
        demo = new DemoPacks(dir, store -> { }, List.of(DemoPacks.PAIRS.get(1), DemoPacks.PAIRS.get(2)),
                DemoPacks::people);
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Test
    void theLastMeetingsOwnAgreementIsNotAChangeSinceIt() {
        for (String province : List.of("quang-ninh", "gia-lai")) {
            BriefModel m = demo.model(province, "vi");
            var last = m.history().get(0).date();
            assertThat(m.agreements()).as(province + " has an agreement signed at its last meeting")
                    .anySatisfy(a -> assertThat(SpeechFacts.sameMeeting(a.signedOn(), last)).isTrue());
            assertThat(m.changesSince()).as(province).allSatisfy(c -> assertThat(c.date().iso().compareTo(
                    last.iso().substring(0, Math.min(c.date().iso().length(), last.iso().length())))).isPositive());
        }
    }
}
