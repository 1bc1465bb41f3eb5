package vn.protocolbrief.store;

import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The packs generated so far, newest first. */
public final class BriefRecordRepository {

    /** One generated pack and the records it was made from. */
    public record BriefRecord(String id, String createdAt, String provinceId, String partnerId, String leaderId,
                              String visitDate, String lang, String classification, String file, Integer pages,
                              String snapshot, List<String> recordIds, String visitId,
                              List<vn.protocolbrief.domain.Visit.SpeechPoint> points) {
        public BriefRecord {
            recordIds = List.copyOf(recordIds);
            points = points == null ? List.of() : List.copyOf(points);
        }

        public BriefRecord(String id, String createdAt, String provinceId, String partnerId, String leaderId,
                           String visitDate, String lang, String classification, String file, Integer pages,
                           String snapshot, List<String> recordIds) {
            this(id, createdAt, provinceId, partnerId, leaderId, visitDate, lang, classification, file, pages, snapshot,
                    recordIds, null, null);
        }
    }

    /** Built on first use: reading the store must not load the JSON library (a cold start saving). */
    private static final class Json {
        static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = ArchiveJson.mapper()
                .copy().disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
    }

    private static String pointsJson(List<vn.protocolbrief.domain.Visit.SpeechPoint> points) {
        try {
            return points.isEmpty() ? null : Json.MAPPER.writeValueAsString(points);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("Cannot record the talking points: " + e.getOriginalMessage(), e);
        }
    }

    private static List<vn.protocolbrief.domain.Visit.SpeechPoint> points(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return Json.MAPPER.readValue(json, Json.MAPPER.getTypeFactory().constructCollectionType(List.class,
                    vn.protocolbrief.domain.Visit.SpeechPoint.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of(); // a pack's record stays readable even if its points are not
        }
    }

    /** Records a pack made from the store (its own transaction). */
    public static void record(Store store, BriefRecord b) {
        store.write(h -> {
            new BriefRecordRepository().insert(h, b);
            return null;
        });
    }

    /** Forgets a pack the officer removed (its own transaction); false when it was not recorded. */
    public static boolean remove(Store store, String id) {
        return store.write(h -> h.execute("DELETE FROM brief_record WHERE id = ?", id) > 0);
    }

    public void insert(Handle h, BriefRecord b) {
        h.createUpdate("""
                INSERT INTO brief_record (id, created_at, province_id, partner_id, leader_id, visit_date, lang,
                  classification, file, pages, snapshot, record_ids, visit_id, points)
                VALUES (:id, :created, :province, :partner, :leader, :visit, :lang, :classification, :file, :pages,
                  :snapshot, :records, :visitId, :points)""")
                .bind("id", b.id()).bind("created", b.createdAt()).bind("province", b.provinceId())
                .bind("partner", b.partnerId()).bind("leader", b.leaderId()).bind("visit", b.visitDate())
                .bind("lang", b.lang()).bind("classification", Db.text(b.classification())).bind("file", b.file())
                .bind("pages", b.pages()).bind("snapshot", b.snapshot())
                .bind("records", String.join(" ", b.recordIds()))
                .bind("visitId", b.visitId()).bind("points", pointsJson(b.points()))
                .execute();
    }

    public List<BriefRecord> forPair(Handle h, String provinceId, String partnerId) {
        return h.createQuery("SELECT id, created_at, province_id, partner_id, leader_id, visit_date, lang,"
                        + " classification, file, pages, snapshot, record_ids, visit_id, points FROM brief_record"
                        + " WHERE (CAST(:province AS text) IS NULL OR province_id = :province)"
                        + " AND (CAST(:partner AS text) IS NULL OR partner_id = :partner) ORDER BY created_at DESC, rowid DESC")
                .bind("province", provinceId).bind("partner", partnerId)
                .map((rs, ctx) -> new BriefRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        (Integer) rs.getObject(10), rs.getString(11),
                        rs.getString(12).isBlank() ? List.of() : Arrays.asList(rs.getString(12).split(" ")),
                        rs.getString(13), points(rs.getString(14))))
                .list();
    }
}
