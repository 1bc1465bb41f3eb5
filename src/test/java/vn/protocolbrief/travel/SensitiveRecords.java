package vn.protocolbrief.travel;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.Meeting;

/**
 * What a travel copy taken without sensitive records leaves at the office besides the sensitivities: the meetings
 * marked sensitive, the articles only they cite (with the records drawn from those articles alone), and the people
 * only they name. An article or a person another meeting or visit also names is taken: that record needs it.
 */
final class SensitiveRecords {
    private final Set<String> meetings = new HashSet<>();
    private final Set<String> articles = new HashSet<>();
    private final Set<String> people = new HashSet<>();

    static SensitiveRecords none() {
        return new SensitiveRecords();
    }

    static SensitiveRecords of(Archive a) {
        SensitiveRecords s = new SensitiveRecords();
        a.sensitiveMarks().forEach(x -> s.meetings.add(x.meetingId()));
        Set<String> otherArticles = new HashSet<>();
        Set<String> otherPeople = new HashSet<>();
        for (Meeting m : a.meetings()) {
            boolean left = s.meetings.contains(m.id());
            collect(m, left ? s.articles : otherArticles, left ? s.people : otherPeople);
        }
        a.commitments().forEach(c -> {
            Set<String> into = s.meetings.contains(c.meetingId()) ? s.articles : otherArticles;
            add(into, c.sourceId());
            c.followUps().forEach(f -> add(into, f.sourceId()));
        });
        a.visits().forEach(v -> Stream.concat(Stream.ofNullable(v.leader()),
                        Stream.concat(v.members().stream(), v.hosts().stream()))
                .forEach(p -> add(otherPeople, p.personId())));
        s.articles.removeAll(otherArticles);
        s.people.removeAll(otherPeople);
        return s;
    }

    private static void collect(Meeting m, Set<String> articles, Set<String> people) {
        articles.addAll(m.sourceIds());
        m.requests().forEach(r -> {
            add(articles, r.sourceId());
            r.followUps().forEach(f -> add(articles, f.sourceId()));
        });
        m.participants().forEach(p -> add(people, p.personId()));
        m.gifts().forEach(g -> {
            add(articles, g.sourceId());
            add(people, g.giverPersonId());
            add(people, g.receiverPersonId());
        });
    }

    /** Whether this meeting (or the meeting a record was saved with) stays behind. */
    boolean meeting(String meetingId) {
        return meetingId != null && meetings.contains(meetingId);
    }

    /** Whether this article stays behind (only meetings left out cite it). */
    boolean article(String sourceId) {
        return sourceId != null && articles.contains(sourceId);
    }

    /** Whether this person stays behind (only meetings left out name them). */
    boolean person(String personId) {
        return people.contains(personId);
    }

    private static void add(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
