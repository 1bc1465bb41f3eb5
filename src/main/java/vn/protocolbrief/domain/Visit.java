package vn.protocolbrief.domain;

import java.util.List;

/**
 * The coming meeting a pack is for: when and where, why, the delegation expected (a leader and members), our
 * participants, the interpreter, the programme, and who issues, prepares and approves the pack. {@code points} are
 * talking points the officer edited; when empty the pack derives them from the records.
 */
public record Visit(String id, String provinceId, String partnerId, PartialDate date, String time, String venue,
                    String purpose, Attendee leader, List<Attendee> members, List<Attendee> hosts,
                    String interpreter, List<ProgrammeItem> programme, String issuingOffice, String preparedBy,
                    String approvedBy, List<SpeechPoint> points) {

    public Visit {
        id = Text.clean(id);
        if (id == null) {
            throw new UserProblem(UserProblem.Code.VISIT_NO_ID);
        }
        if (provinceId == null || partnerId == null) {
            throw new UserProblem(UserProblem.Code.VISIT_NO_PROVINCE_OR_PARTNER, id);
        }
        date = date == null ? PartialDate.UNKNOWN : date;
        time = Text.clean(time);
        if (time != null && !time.matches("([01]?\\d|2[0-3])[:hg.]([0-5]\\d)")) {
            throw new UserProblem(UserProblem.Code.VISIT_BAD_TIME, time);
        }
        if (time != null) {
            String[] hm = time.split("[:hg.]");
            time = String.format("%02d:%s", Integer.parseInt(hm[0]), hm[1]);
        }
        venue = Text.clean(venue);
        purpose = Text.clean(purpose);
        members = Lists.copy(members, "the members of visit " + id);
        hosts = Lists.copy(hosts, "our participants in visit " + id);
        interpreter = Text.clean(interpreter);
        programme = Lists.copy(programme, "the programme of visit " + id);
        issuingOffice = Text.clean(issuingOffice);
        preparedBy = Text.clean(preparedBy);
        approvedBy = Text.clean(approvedBy);
        points = Lists.copy(points, "the talking points of visit " + id);
    }

    /** The same visit with other talking points (an empty list: derived again from the records). */
    public Visit withPoints(List<SpeechPoint> edited) {
        return new Visit(id, provinceId, partnerId, date, time, venue, purpose, leader, members, hosts, interpreter,
                programme, issuingOffice, preparedBy, approvedBy, edited);
    }

    /**
     * Someone expected at the visit: one of the store's persons ({@code personId}), or a name typed for this visit.
     * {@code title} is the post to print; empty means the person's current post.
     */
    public record Attendee(String personId, String name, String title) {
        public Attendee {
            personId = Text.clean(personId);
            name = Text.clean(name);
            title = Text.clean(title);
            if (personId == null && name == null) {
                throw new UserProblem(UserProblem.Code.ATTENDEE_NO_NAME);
            }
        }
    }

    /** One line of the programme: "09:00 — Đón đoàn tại trụ sở UBND tỉnh". */
    public record ProgrammeItem(String time, String item) {
        public ProgrammeItem {
            time = Text.clean(time);
            item = Text.clean(item);
            if (item == null) {
                throw new UserProblem(UserProblem.Code.PROGRAMME_NO_TEXT);
            }
        }
    }

    /**
     * A talking point as it will be read: its place in the speech ({@code kind}), its words, and the records and
     * sources it rests on (none for courtesy lines built from the visit itself).
     */
    public record SpeechPoint(String kind, String text, List<String> recordIds, List<String> sourceIds) {
        public static final List<String> KINDS = List.of("welcome", "thanks", "agreed", "proposal", "raise",
                "closing");

        public SpeechPoint {
            if (!KINDS.contains(kind)) {
                throw new UserProblem(UserProblem.Code.POINT_UNKNOWN_KIND, kind,
                        String.join(", ", KINDS));
            }
            text = Text.clean(text);
            if (text == null) {
                throw new UserProblem(UserProblem.Code.POINT_NO_WORDS);
            }
            recordIds = Lists.copy(recordIds, "a talking point's records");
            sourceIds = Lists.copy(sourceIds, "a talking point's sources");
        }
    }
}
