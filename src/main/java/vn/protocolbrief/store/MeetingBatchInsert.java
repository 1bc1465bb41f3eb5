package vn.protocolbrief.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.Request;

/** Many new meetings written at once: one prepared batch per table (a travel copy, an import into an empty store). */
final class MeetingBatchInsert {
    private MeetingBatchInsert() {
    }

    /**
     * Writes meetings the store does not hold yet (a new travel copy, an import into an empty store) with one prepared
     * batch per table, their index rows into {@code index}: the rows {@link MeetingRepository#upsert} would write,
     * without its statement per row.
     */
    static void insertNew(Handle h, List<Meeting> meetings, SearchIndex.Batch index,
                          java.util.function.IntConsumer written) {
        MeetingSearchEntries.Names names = MeetingSearchEntries.Names.all(h);
        var meeting = h.prepareBatch("INSERT INTO meeting (id, date, date_precision, province_id, province_as_written,"
                + " venue, partner_id, title, summary, outcome, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        var source = h.prepareBatch("INSERT INTO meeting_source (meeting_id, source_id, ordinal) VALUES (?, ?, ?)");
        var participant = h.prepareBatch("INSERT INTO participant (meeting_id, ordinal, person_id, side, role, title)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        var request = h.prepareBatch("INSERT INTO request (id, meeting_id, ordinal, direction, text, status, thread_key,"
                + " source_id, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        var category = h.prepareBatch("INSERT INTO request_category_link (request_id, category_id, ordinal)"
                + " VALUES (?, ?, ?)");
        var followUp = h.prepareBatch("INSERT INTO request_followup (request_id, ordinal, date, status, note, source_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        var gift = h.prepareBatch("INSERT INTO gift (id, meeting_id, ordinal, item, direction, giver_person_id,"
                + " giver_text, receiver_person_id, receiver_text, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        List<org.jdbi.v3.core.statement.PreparedBatch> parentsFirst = List.of(meeting, source, participant, request,
                category, followUp, gift);
        int n = 0;
        for (Meeting m : meetings) {
            meeting.add(m.id(), Db.date(m.date()), Db.id(m.date().precision()), m.provinceId(),
                    Db.text(m.provinceAsWritten()), Db.text(m.venue()), m.partnerId(), Db.text(m.title()),
                    Db.text(m.summary()), Db.text(m.outcome()), MeetingRepository.sortKey(h, m));
            int i = 0;
            for (String sourceId : m.sourceIds()) {
                source.add(m.id(), sourceId, i++);
            }
            i = 0;
            for (Participant p : m.participants()) {
                participant.add(m.id(), i++, p.personId(), Db.id(p.side()), Db.id(p.role()), Db.text(p.title()));
            }
            i = 0;
            for (Request r : m.requests()) {
                request.add(r.id(), m.id(), i++, Db.id(r.direction()), Db.text(r.text()), Db.id(r.status()),
                        r.threadKey(), r.sourceId(), Db.date(r.due()));
                int c = 0;
                for (String cat : r.categories()) {
                    category.add(r.id(), cat, c++);
                }
                int f = 0;
                for (FollowUp fu : r.followUps()) {
                    followUp.add(r.id(), f++, Db.date(fu.date()), Db.id(fu.status()), Db.text(fu.note()),
                            fu.sourceId());
                }
                index.add(SearchIndex.Kind.REQUEST, r.id(), MeetingSearchEntries.requestTitle(r),
                        MeetingSearchEntries.requestBody(r));
            }
            i = 0;
            for (Gift g : m.gifts()) {
                gift.add(g.id(), m.id(), i++, Db.text(g.item()), Db.id(g.direction()), g.giverPersonId(),
                        Db.text(g.giverText()), g.receiverPersonId(), Db.text(g.receiverText()), g.sourceId());
            }
            index.add(SearchIndex.Kind.MEETING, m.id(), MeetingSearchEntries.meetingTitle(m),
                    MeetingSearchEntries.meetingBody(m, names));
            if (++n % 500 == 0) {
                flush(parentsFirst);
                written.accept(n);
            }
        }
        flush(parentsFirst);
    }

    private static void flush(List<org.jdbi.v3.core.statement.PreparedBatch> batches) {
        for (var b : batches) {
            if (b.size() > 0) {
                b.execute();
            }
        }
    }
}
