package vn.protocolbrief.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.EnglishRendering;
import vn.protocolbrief.domain.RecordVersion;
import vn.protocolbrief.store.RecordRows.Ref;

/**
 * The versions an export carries and what an import makes of them (issue 20): "export, edit the JSON, import-json"
 * must not overwrite what a colleague changed in the store meanwhile. For each record of a file exported from this
 * very store whose stored version moved on since the export:
 * <ul>
 * <li>the file holds it as exported (its fingerprint matches): it is left out, so the colleague's change stays;</li>
 * <li>the file edits it: the import is refused, naming the record and who changed it when (import-json writes all
 * or nothing, so the officer exports again, or takes that record out of the file).</li>
 * </ul>
 * A file from another store (or an older file, without versions) is imported as before: versions of another store
 * say nothing about this one's records.
 */
final class ArchiveVersions {
    private static final ObjectMapper MAPPER = ArchiveJson.mapper();

    private ArchiveVersions() {
    }

    /**
     * Whether {@code a} is an export of this very store carrying its records' versions: only then can an import tell
     * a colleague's change since the export from the file's own.
     */
    static boolean ofThisStore(Handle h, Archive a) {
        return !a.versions().isEmpty() && a.store() != null
                && a.store().equals(TravelLedger.identityIn(h).orElse(null));
    }

    /** The archive with this store's identity and each record's version and fingerprint. */
    static Archive stamped(Handle h, Archive a) {
        String storeId = TravelLedger.identityIn(h).orElse(null);
        if (storeId == null) {
            return a;
        }
        Map<Ref, Long> stored = new HashMap<>();
        h.createQuery("SELECT kind, ref_id, version FROM record_stamp")
                .map((rs, ctx) -> Map.entry(new Ref(rs.getString(1), rs.getString(2)), rs.getLong(3)))
                .forEach(e -> stored.put(e.getKey(), e.getValue()));
        List<RecordVersion> versions = new ArrayList<>();
        digests(a).forEach((ref, digest) -> versions.add(new RecordVersion(ref.kind(), ref.id(),
                stored.getOrDefault(ref, 0L), digest)));
        return a.withVersions(storeId, versions);
    }

    /**
     * The archive to write: without the records the store holds exactly as the file does (nothing to write: their
     * versions stay), and without those a colleague changed since the export that the file leaves as exported.
     * Refuses the whole import, naming each record, when the file edits a record changed since the export.
     *
     * @param stored the store's records now, as an export would hold them (null for a store without meetings)
     */
    static Archive toWrite(Handle h, Archive a, Archive stored) {
        Map<Ref, String> now = digests(a);
        Set<Ref> leftOut = new HashSet<>();
        if (stored != null) {
            Map<Ref, String> inStore = digests(stored);
            now.forEach((ref, digest) -> {
                if (digest.equals(inStore.get(ref))) {
                    leftOut.add(ref);
                }
            });
        }
        List<String> refused = new ArrayList<>();
        if (ofThisStore(h, a)) {
            Map<Ref, ChangeLog.Stamp> stamps = stamps(h);
            RecordRows rows = new RecordRows();
            for (RecordVersion v : a.versions()) {
                Ref ref = new Ref(v.kind(), v.id());
                ChangeLog.Stamp stamp = stamps.getOrDefault(ref, ChangeLog.Stamp.NONE);
                if (stamp.version() == v.version() || !now.containsKey(ref) || leftOut.contains(ref)) {
                    continue;
                }
                if (now.get(ref).equals(v.digest())) {
                    leftOut.add(ref);
                } else {
                    boolean gone = RecordRows.PARTS.containsKey(v.kind()) && !rows.exists(h, ref);
                    refused.add(v.kind() + " " + v.id() + " was " + (gone ? "deleted" : "changed") + " by "
                            + (stamp.changedBy() == null ? "someone else" : stamp.changedBy())
                            + (stamp.changedAt() == null ? "" : " at " + stamp.changedAt().replace('T', ' ')));
                }
            }
        }
        if (!refused.isEmpty()) {
            int shown = Math.min(refused.size(), 5);
            throw new StoreException("Cannot import: " + String.join("; ", refused.subList(0, shown))
                    + (refused.size() > shown ? "; and " + (refused.size() - shown) + " more records" : "")
                    + " since the export, and the file edits " + (refused.size() == 1 ? "it" : "them")
                    + "; export again and redo the edit there, or take " + (refused.size() == 1 ? "that record"
                    : "those records") + " out of the file. Nothing was imported.");
        }
        return leftOut.isEmpty() ? a : without(a, leftOut);
    }

    private static Map<Ref, ChangeLog.Stamp> stamps(Handle h) {
        Map<Ref, ChangeLog.Stamp> out = new HashMap<>();
        h.createQuery("SELECT kind, ref_id, version, created_by, created_at, changed_by, changed_at FROM record_stamp")
                .map((rs, ctx) -> Map.entry(new Ref(rs.getString(1), rs.getString(2)), new ChangeLog.Stamp(
                        rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** How many records of the file {@link #toWrite} left as stored. */
    static int left(Archive given, Archive written) {
        return refs(given).size() - refs(written).size();
    }

    /** Every record the archive writes rows of, once. */
    static List<Ref> refs(Archive a) {
        Set<Ref> refs = new java.util.LinkedHashSet<>(RecordRows.refsOf(a));
        refs.addAll(digests(a).keySet());
        return List.copyOf(refs);
    }

    /** The archive without the entries of these records. */
    private static Archive without(Archive a, Set<Ref> out) {
        Map<String, String> owners = owners(a);
        Predicate<Object> keep = entry -> {
            Ref owner = owner(entry, owners);
            return owner == null || !out.contains(owner);
        };
        return new Archive(a.format(), kept(a.partners(), keep), kept(a.persons(), keep), kept(a.sources(), keep),
                kept(a.meetings(), keep), kept(a.agreements(), keep), kept(a.aidProjects(), keep),
                kept(a.keyFigures(), keep), kept(a.localityLinks(), keep), kept(a.sensitivities(), keep),
                a.vocabulary(), kept(a.visits(), keep), kept(a.reviews(), keep), kept(a.commitments(), keep),
                kept(a.visitMeetings(), keep), kept(a.englishRenderings(), keep), kept(a.sensitiveMarks(), keep),
                a.store(), a.versions(), kept(a.postConfirmations(), keep), kept(a.thanks(), keep));
    }

    private static <T> List<T> kept(List<T> list, Predicate<Object> keep) {
        return list.stream().filter(keep).toList();
    }

    /** Each record's fingerprint: its entries in the file (the main one and those hanging on it), as JSON. */
    static Map<Ref, String> digests(Archive a) {
        Map<String, String> owners = owners(a);
        Map<Ref, List<Object>> entries = new LinkedHashMap<>();
        for (List<?> list : List.of(a.meetings(), a.sources(), a.persons(), a.partners(), a.agreements(),
                a.aidProjects(), a.keyFigures(), a.localityLinks(), a.sensitivities(), a.visits(), a.reviews(),
                a.commitments(), a.visitMeetings(), a.englishRenderings(), a.sensitiveMarks(), a.postConfirmations(),
                a.thanks())) {
            for (Object entry : list) {
                Ref owner = owner(entry, owners);
                if (owner != null) {
                    entries.computeIfAbsent(owner, r -> new ArrayList<>()).add(entry);
                }
            }
        }
        Map<Ref, String> out = new LinkedHashMap<>();
        entries.forEach((ref, list) -> out.put(ref, sha256(list)));
        return out;
    }

    /** The meeting of each request, commitment and gift of the file (for the entries that name only those). */
    private static Map<String, String> owners(Archive a) {
        Map<String, String> meetingOf = new HashMap<>();
        for (var m : a.meetings()) {
            m.requests().forEach(r -> meetingOf.put("request " + r.id(), m.id()));
            m.gifts().forEach(g -> meetingOf.put("gift " + g.id(), m.id()));
        }
        a.commitments().forEach(c -> meetingOf.put("commitment " + c.id(), c.meetingId()));
        a.persons().forEach(p -> p.positions().forEach(pos -> meetingOf.put("position " + pos.id(), p.id())));
        return meetingOf;
    }

    /** The record an entry of the file belongs to, as the change log names records; null for none. */
    private static Ref owner(Object entry, Map<String, String> meetingOf) {
        if (entry instanceof vn.protocolbrief.domain.Meeting x) {
            return new Ref("meeting", x.id());
        } else if (entry instanceof vn.protocolbrief.domain.Source x) {
            return new Ref("source", x.id());
        } else if (entry instanceof vn.protocolbrief.domain.Person x) {
            return new Ref("person", x.id());
        } else if (entry instanceof vn.protocolbrief.domain.Partner x) {
            return new Ref("partner", x.id());
        } else if (entry instanceof vn.protocolbrief.domain.Agreement x) {
            return new Ref("agreement", x.id());
        } else if (entry instanceof vn.protocolbrief.domain.AidProject x) {
            return new Ref("aid", x.id());
        } else if (entry instanceof vn.protocolbrief.domain.KeyFigure x) {
            return new Ref("figure", x.id());
        } else if (entry instanceof vn.protocolbrief.domain.LocalityLink x) {
            return new Ref("link", x.id());
        } else if (entry instanceof vn.protocolbrief.domain.Sensitivity x) {
            return new Ref("sensitivity", x.id());
        } else if (entry instanceof vn.protocolbrief.domain.Visit x) {
            return new Ref("visit", x.id());
        } else if (entry instanceof vn.protocolbrief.domain.MeetingReview x) {
            return new Ref("meeting", x.meetingId());
        } else if (entry instanceof vn.protocolbrief.domain.Commitment x) {
            return new Ref("meeting", x.meetingId());
        } else if (entry instanceof vn.protocolbrief.domain.Thanks x) {
            return new Ref("meeting", x.meetingId());
        } else if (entry instanceof vn.protocolbrief.domain.VisitMeeting x) {
            return new Ref("visit", x.visitId());
        } else if (entry instanceof vn.protocolbrief.domain.SensitiveMark x) {
            String meeting = meetingOf.get("request " + x.meetingId());
            return x.kind().equals("request") ? (meeting == null ? null : new Ref("meeting", meeting))
                    : new Ref(x.kind(), x.meetingId());
        } else if (entry instanceof EnglishRendering x) {
            return ownerOfEnglish(x, meetingOf);
        } else if (entry instanceof vn.protocolbrief.domain.PostConfirmation x) {
            String person = meetingOf.get("position " + x.positionId());
            return person == null ? null : new Ref("person", person);
        }
        return null;
    }

    private static Ref ownerOfEnglish(EnglishRendering x, Map<String, String> meetingOf) {
        String meeting = switch (x.kind()) {
            case EnglishRendering.OUTCOME, EnglishRendering.SUMMARY, EnglishRendering.TITLE,
                 EnglishRendering.VENUE -> x.recordId();
            case EnglishRendering.REQUEST, EnglishRendering.NOTE -> meetingOf.get("request " + x.recordId());
            case EnglishRendering.COMMITMENT -> meetingOf.get("commitment " + x.recordId());
            case EnglishRendering.GIFT -> meetingOf.get("gift " + x.recordId());
            default -> null;
        };
        if (meeting != null) {
            return new Ref("meeting", meeting);
        }
        return switch (x.kind()) {
            case EnglishRendering.AGREEMENT, EnglishRendering.PARTIES, EnglishRendering.FIELDS ->
                    new Ref("agreement", x.recordId());
            case EnglishRendering.FIGURE, EnglishRendering.FIGURE_VALUE, EnglishRendering.FIGURE_UNIT ->
                    new Ref("figure", x.recordId());
            case EnglishRendering.LINK -> new Ref("link", x.recordId());
            default -> x.kind().startsWith("visit_") ? new Ref("visit", x.recordId()) : null;
        };
    }

    private static String sha256(List<Object> entries) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(MAPPER.writer()
                    .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(entries).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 12);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the records: " + e.getMessage(), e);
        }
    }
}
