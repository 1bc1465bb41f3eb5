package vn.protocolbrief.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.FollowUp;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.PartialDate;

/** Meetings with their participants, requests and gifts, bound to one transaction ({@link Work#meetings}). */
public final class WorkMeetings {
    private final Handle h;
    private final MeetingRepository meetings;

    WorkMeetings(Handle h, MeetingRepository meetings) {
        this.h = h;
        this.meetings = meetings;
    }

    public Optional<Meeting> byId(String id) {
        return meetings.byId(h, id);
    }

    public boolean exists(String id) {
        return meetings.exists(h, id);
    }

    public List<Meeting> all() {
        return meetings.all(h);
    }

    /** Every meeting of the province with the partner (null: anyone), newest first. */
    public List<Meeting> history(String provinceId, String partnerId) {
        return meetings.history(h, provinceId, partnerId);
    }

    public List<Meeting> withPartner(String partnerId) {
        return meetings.withPartner(h, partnerId);
    }

    public List<Meeting> withPerson(String personId) {
        return meetings.withPerson(h, personId);
    }

    public void save(Meeting m) {
        meetings.upsert(h, m);
    }

    /** Deletes the meeting with its participants, requests and gifts. */
    public void delete(Meeting m) {
        meetings.delete(h, m);
    }

    /** The meeting a request or a gift belongs to ({@code kind} "request" or "gift"). */
    public Optional<String> meetingOf(String kind, String id) {
        return meetings.meetingOf(h, kind, id);
    }

    /** The ids already taken that begin with {@code base}. */
    public List<String> idsStartingWith(String base) {
        return meetings.idsStartingWith(h, base);
    }

    public void addFollowUp(String requestId, FollowUp followUp) {
        meetings.addFollowUp(h, requestId, followUp);
    }

    public void setDue(String requestId, PartialDate due) {
        meetings.setDue(h, requestId, due);
    }
}
