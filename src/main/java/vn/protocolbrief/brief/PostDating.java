package vn.protocolbrief.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.PostAge;
import vn.protocolbrief.domain.PostConfirmation;
import vn.protocolbrief.store.Reads;

/**
 * Dates the posts one pack shows as held: the day they are shown for (the visit's day, else today) and the date of
 * the record each was read in. Remembers every post it found too old, once, for the officer's confirmation.
 */
final class PostDating {
    private final LocalDate day;
    private final Map<String, PartialDate> sourceDates;
    private final Map<String, StalePost> stale = new LinkedHashMap<>();
    /** The officer's confirmations of the posts shown, by position id. */
    private final Map<String, PostConfirmation> confirmed;

    PostDating(LocalDate day, Map<String, PartialDate> sourceDates) {
        this(day, sourceDates, Map.of());
    }

    PostDating(LocalDate day, Map<String, PartialDate> sourceDates, Map<String, PostConfirmation> confirmed) {
        this.day = day;
        this.sourceDates = sourceDates;
        this.confirmed = confirmed;
    }

    /**
     * Posts are judged on the visit's day ({@code today} for a visit not yet dated) against the dates of the records
     * they were read in.
     */
    static PostDating forVisit(Reads h, Map<String, Person> persons, PartialDate visitDate, LocalDate today) {
        Set<String> ids = new LinkedHashSet<>();
        persons.values().forEach(p -> p.positions().stream().filter(q -> q.current() && q.sourceId() != null)
                .forEach(q -> ids.add(q.sourceId())));
        Map<String, PartialDate> dates = new HashMap<>();
        h.sourceHeadings(ids).forEach((id, src) -> dates.put(id, src.publishedOn()));
        // A source without its publication date (an article pasted as text) dates the post by its meeting's day.
        Set<String> undated = new LinkedHashSet<>();
        ids.forEach(id -> {
            if (dates.get(id) == null || !dates.get(id).known()) {
                undated.add(id);
            }
        });
        dates.putAll(h.meetingDatesOfSources(undated));
        List<String> posts = new ArrayList<>();
        persons.values().forEach(p -> p.positions().stream().filter(Position::current).forEach(q -> posts.add(q.id())));
        return new PostDating(visitDate.known() ? PostAge.firstDay(visitDate) : today, dates,
                h.postConfirmations(posts));
    }

    /** No post is ever too old (a model built by hand, a test of something else). */
    static PostDating none() {
        return new PostDating(null, Map.of());
    }

    /**
     * The month the post was last read, when it is too old to be shown as current (the annexes print it); remembered
     * for confirmation unless the officer has confirmed the post within the year before the visit.
     */
    Optional<PartialDate> asOf(Person person, Position post, String shownTitle) {
        PartialDate read = post.sourceId() == null ? null : sourceDates.get(post.sourceId());
        Optional<PartialDate> asOf = PostAge.asOf(post, read, day);
        if (!confirmed(post)) {
            asOf.ifPresent(d -> stale.putIfAbsent(person.id() + "\u0000" + post.id(),
                    new StalePost(person.protocolName(), shownTitle, d, post.id())));
        }
        return asOf;
    }

    /**
     * The month to print beside the post in the front brief: none once the officer has confirmed it (the pack then
     * shows it without the warning; the annex still dates it).
     */
    Optional<PartialDate> unconfirmedAsOf(Person person, Position post, String shownTitle) {
        Optional<PartialDate> asOf = asOf(person, post, shownTitle);
        return confirmed(post) ? Optional.empty() : asOf;
    }

    private boolean confirmed(Position post) {
        PostConfirmation c = confirmed.get(post.id());
        return c != null && c.holdsOn(day);
    }

    /**
     * The note page 1 gives the officer when the head of delegation's post, or one of our participants', comes from a
     * record more than a year older than the visit (the post is printed "as of" its month): confirm it before the pack
     * is signed. Null when there is nothing to confirm.
     */
    String toConfirm(Person leader, BriefModel.VisitPart visitPart, Labels labels) {
        List<String> notes = new ArrayList<>();
        // By the person's id, not the name: an English pack writes "Tran Duy Dong" where the record says
        // "Trần Duy Đông", and two people may share a name.
        if (leader != null && visitPart.leader() != null) {
            staleOf(leader.id()).stream().findFirst()
                    .map(p -> p.asOf().known()
                            ? labels.format("cover.headAsOf", leader.protocolName(), p.title(), labels.date(p.asOf()))
                            : labels.format("cover.headAsOf.undated", leader.protocolName(), p.title()))
                    .ifPresent(notes::add);
        }
        // Our own participants' posts are as old as the guests' in the records (rd12: only the console said so),
        // each named as the pack names the host.
        for (BriefModel.PersonItem host : visitPart.hosts()) {
            staleOf(host.id()).stream().filter(p -> p.asOf().known())
                    .forEach(p -> notes.add(labels.format(notes.isEmpty() ? "cover.hostAsOf" : "cover.hostAsOf.also",
                            host.name(), p.title(), labels.date(p.asOf()))));
        }
        return notes.isEmpty() ? null : String.join(" ", notes);
    }

    /** One person's posts in {@link #stale()}, by the person's id (none for a person typed without a record). */
    List<StalePost> staleOf(String personId) {
        return personId == null ? List.of() : stale.entrySet().stream()
                .filter(e -> e.getKey().startsWith(personId + "\u0000")).map(Map.Entry::getValue).toList();
    }

    List<StalePost> stale() {
        return new ArrayList<>(stale.values());
    }
}
