package vn.protocolbrief.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import vn.protocolbrief.domain.DatePrecision;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.Gift;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Request;
import vn.protocolbrief.domain.UserProblem;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;

/**
 * A meeting's requests and gifts, and a request's follow-ups and due date: stored with their meeting, so each change
 * is the meeting's change (one transaction, one entry of its history, checked against the meeting's version).
 * {@link RecordService} is the way in.
 */
final class MeetingParts {
    private final Store store;

    MeetingParts(Store store) {
        this.store = store;
    }

    /** Sets a request's status and records the dated note that explains it. */
    void followUp(String requestId, FollowUp followUp) {
        if (followUp.note() == null || followUp.note().isBlank()) {
            throw new StoreException(UserProblem.Code.STATUS_NEEDS_NOTE);
        }
        store.writing(work -> {
            String meetingId = work.meetings().meetingOf("request", requestId)
                    .orElseThrow(() -> new StoreException(UserProblem.Code.NO_REQUEST, requestId));
            var change = work.changing("meeting", meetingId);
            work.meetings().addFollowUp(requestId, followUp);
            change.record("edit", "meeting", meetingId, followUp.note());
            return null;
        });
    }

    /** Sets the day a request is to be answered by (an unknown date clears it); undone like any edit. */
    void setDue(String requestId, PartialDate due) {
        if (due.known() && due.precision() != DatePrecision.DAY) {
            throw new StoreException(UserProblem.Code.DUE_IS_A_DAY);
        }
        store.writing(work -> {
            String meetingId = work.meetings().meetingOf("request", requestId)
                    .orElseThrow(() -> new StoreException(UserProblem.Code.NO_REQUEST, requestId));
            var change = work.changing("meeting", meetingId);
            work.meetings().setDue(requestId, due);
            change.record("edit", "meeting", meetingId,
                    due.known() ? "due " + due.display() : "no due date");
            return null;
        });
    }

    void deleteRequest(String meetingId, String requestId) {
        changeMeeting(meetingId, null, m -> withRequestsAndGifts(m, m.requests().stream()
                .filter(r -> !r.id().equals(requestId)).toList(), m.gifts()));
    }

    void saveRequest(String meetingId, Request r, Long basedOn) {
        changeMeeting(meetingId, basedOn, m -> {
            List<Request> list = new ArrayList<>(m.requests());
            replaceOrAdd(list, r, x -> x.id().equals(r.id()));
            return withRequestsAndGifts(m, list, m.gifts());
        });
    }

    void saveGift(String meetingId, Gift g, Long basedOn) {
        changeMeeting(meetingId, basedOn, m -> {
            List<Gift> list = new ArrayList<>(m.gifts());
            replaceOrAdd(list, g, x -> x.id().equals(g.id()));
            return withRequestsAndGifts(m, m.requests(), list);
        });
    }

    void deleteGift(String meetingId, String giftId) {
        changeMeeting(meetingId, null, m -> withRequestsAndGifts(m, m.requests(), m.gifts().stream()
                .filter(g -> !g.id().equals(giftId)).toList()));
    }

    private void changeMeeting(String meetingId, Long basedOn, UnaryOperator<Meeting> change) {
        store.writing(work -> {
            if (basedOn != null) {
                work.requireVersion("meeting", meetingId, basedOn, "Meeting " + meetingId);
            }
            var logged = work.changing("meeting", meetingId);
            Meeting changed = change.apply(RecordService.meeting(work, meetingId));
            work.meetings().save(changed);
            logged.record("edit", "meeting", meetingId, RecordService.label(changed));
            return null;
        });
    }

    private static Meeting withRequestsAndGifts(Meeting m, List<Request> requests, List<Gift> gifts) {
        return new Meeting(m.id(), m.date(), m.provinceId(), m.provinceAsWritten(), m.venue(), m.partnerId(), m.title(),
                m.summary(), m.outcome(), m.sourceIds(), m.participants(), requests, gifts);
    }

    private static <T> void replaceOrAdd(List<T> list, T item, Predicate<T> same) {
        for (int i = 0; i < list.size(); i++) {
            if (same.test(list.get(i))) {
                list.set(i, item);
                return;
            }
        }
        list.add(item);
    }
}
