package vn.protocolbrief.store;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Person;

/** Persons with their posts, bound to one transaction ({@link Work#persons}). */
public final class WorkPersons {
    private final Handle h;
    private final PersonRepository persons;
    private final VisitRepository visits;

    WorkPersons(Handle h, PersonRepository persons, VisitRepository visits) {
        this.h = h;
        this.persons = persons;
        this.visits = visits;
    }

    public List<Person> byIds(Collection<String> ids) {
        return persons.byIds(h, ids);
    }

    public List<Person> all() {
        return persons.all(h);
    }

    public void save(Person p) {
        persons.upsert(h, p);
    }

    /** How many meetings the person takes part in. */
    public int meetingCount(String personId) {
        return persons.meetingCount(h, personId);
    }

    /** How many coming visits expect the person. */
    public int visitCount(String personId) {
        return visits.visitsWith(h, personId);
    }

    /** Deletes the person; the gifts they gave or received keep no name. */
    public void delete(String id) {
        persons.delete(h, id);
    }
}
