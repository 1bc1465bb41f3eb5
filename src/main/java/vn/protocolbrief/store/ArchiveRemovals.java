package vn.protocolbrief.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.RecordVersion;
import vn.protocolbrief.domain.UserProblem;
import vn.protocolbrief.store.RecordRows.Ref;

/**
 * What an import-json of an edited export removes (issue 18): a meeting the file holds is the officer's whole statement
 * of it, so what hangs on it in the store and no longer in the file goes. Its commitments and thanks are part of the
 * meeting's record (its participants, requests and gifts are replaced with the meeting already); the agreements and
 * aid projects signed at it are records of their own, removed when the file left them out, except one a colleague
 * added after the export (the file never held it: it stays). One the file held that a colleague changed since refuses
 * the import, as an edit of it would ({@link ArchiveVersions}).
 */
final class ArchiveRemovals {
    /** A sub-record to remove: its table, its id, and how the change log and the officer name it. */
    record Removal(String table, String id, String label, Ref record) {
    }

    private ArchiveRemovals() {
    }

    /**
     * The stored sub-records of {@code file}'s meetings that it no longer holds: commitments and thanks of the meetings
     * the import writes ({@code written}); agreements and aid projects of every meeting the file holds.
     */
    static List<Removal> of(Handle h, Archive file, Archive written) {
        List<Removal> out = new ArrayList<>();
        Set<String> writtenMeetings = new HashSet<>();
        written.meetings().forEach(m -> writtenMeetings.add(m.id()));
        Set<String> fileMeetings = new HashSet<>();
        file.meetings().forEach(m -> fileMeetings.add(m.id()));
        Set<String> held = new HashSet<>();
        file.commitments().forEach(c -> held.add("commitment " + c.id()));
        file.thanks().forEach(t -> held.add("thanks " + t.id()));
        file.agreements().forEach(x -> held.add("agreement " + x.id()));
        file.aidProjects().forEach(x -> held.add("aid_project " + x.id()));
        boolean ownExport = ArchiveVersions.ofThisStore(h, file);
        Map<Ref, Long> exported = new HashMap<>();
        file.versions().forEach((RecordVersion v) -> exported.put(new Ref(v.kind(), v.id()), v.version()));
        for (String table : List.of("commitment", "thanks", "agreement", "aid_project")) {
            boolean ofMeeting = table.equals("commitment") || table.equals("thanks");
            for (String[] row : h.createQuery("SELECT id, meeting_id FROM " + table + " WHERE meeting_id IS NOT NULL"
                            + " ORDER BY meeting_id, id")
                    .map((rs, ctx) -> new String[]{rs.getString(1), rs.getString(2)}).list()) {
                String id = row[0];
                String meeting = row[1];
                if (held.contains(table + " " + id) || !(ofMeeting ? writtenMeetings : fileMeetings).contains(meeting)) {
                    continue;
                }
                Ref own = ofMeeting ? new Ref("meeting", meeting) : new Ref(table.equals("agreement") ? "agreement"
                        : "aid", id);
                if (!ofMeeting && ownExport) {
                    Long version = exported.get(own);
                    if (version == null) {
                        continue; // added after the export: the file never held it
                    }
                    ChangeLog.Stamp stamp = ChangeLog.stamp(h, own.kind(), own.id());
                    if (stamp.version() != version) {
                        boolean agreement = own.kind().equals("agreement");
                        throw stamp.changedBy() == null
                                ? new StoreException(agreement ? UserProblem.Code.EXPORT_REMOVES_CHANGED_AGREEMENT
                                        : UserProblem.Code.EXPORT_REMOVES_CHANGED_AID, id)
                                : new StoreException(agreement ? UserProblem.Code.EXPORT_REMOVES_CHANGED_AGREEMENT_BY
                                        : UserProblem.Code.EXPORT_REMOVES_CHANGED_AID_BY, id, stamp.changedBy());
                    }
                }
                out.add(new Removal(table, id, (table.equals("aid_project") ? "aid" : table) + " " + id, own));
            }
        }
        return out;
    }

    /**
     * Removes them (a commitment's follow-ups go with it; an English rendering waits, unexported, for an undo, as
     * after any deletion).
     */
    static void remove(Handle h, List<Removal> removals) {
        for (Removal r : removals) {
            h.execute("DELETE FROM " + r.table() + " WHERE id = ?", r.id());
        }
    }

    /**
     * The file without the English of a request, gift, commitment or agreement it no longer holds, when it is an export
     * of this very store: an export carries only the English of records it holds, so the officer removed the record
     * and its English goes with it (else a second import of the same file would find English of nothing and refuse).
     * A file from elsewhere keeps them, and an English of nothing is refused as before.
     */
    static Archive withoutEnglishOfRemoved(Handle h, Archive file) {
        if (!ArchiveVersions.ofThisStore(h, file)) {
            return file;
        }
        Set<String> held = new HashSet<>();
        file.meetings().forEach(m -> {
            m.requests().forEach(r -> held.add("request " + r.id()));
            m.gifts().forEach(g -> held.add("gift " + g.id()));
        });
        file.commitments().forEach(c -> held.add("commitment " + c.id()));
        file.agreements().forEach(a -> held.add("agreement " + a.id()));
        List<EnglishRendering> kept = file.englishRenderings().stream().filter(x -> {
            String of = switch (x.kind()) {
                case EnglishRendering.REQUEST, EnglishRendering.NOTE -> "request";
                case EnglishRendering.GIFT -> "gift";
                case EnglishRendering.COMMITMENT -> "commitment";
                case EnglishRendering.AGREEMENT, EnglishRendering.PARTIES, EnglishRendering.FIELDS -> "agreement";
                default -> null;
            };
            return of == null || held.contains(of + " " + x.recordId());
        }).toList();
        if (kept.size() == file.englishRenderings().size()) {
            return file;
        }
        return new Archive(file.format(), file.partners(), file.persons(), file.sources(), file.meetings(),
                file.agreements(), file.aidProjects(), file.keyFigures(), file.localityLinks(), file.sensitivities(),
                file.vocabulary(), file.visits(), file.reviews(), file.commitments(), file.visitMeetings(), kept,
                file.sensitiveMarks(), file.store(), file.versions(), file.postConfirmations(), file.thanks());
    }
}
