package vn.protocolbrief.store;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.LearnedWord;

/** The office's own vocabulary (table vocabulary): one word per kind and phrase, the newest value kept. */
public final class VocabularyRepository {
    public void upsert(Handle h, LearnedWord w) {
        String at = w.learnedAt() != null ? w.learnedAt()
                : LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19);
        h.createUpdate("""
                INSERT INTO vocabulary (kind, phrase, value, learned_at) VALUES (:kind, :phrase, :value, :at)
                ON CONFLICT (kind, phrase) DO UPDATE SET value = excluded.value, learned_at = excluded.learned_at""")
                .bind("kind", w.kind().id()).bind("phrase", Db.text(w.phrase())).bind("value", Db.text(w.value()))
                .bind("at", at).execute();
    }

    public List<LearnedWord> all(Handle h) {
        return h.createQuery("SELECT kind, phrase, value, learned_at FROM vocabulary ORDER BY kind, phrase")
                .map((rs, ctx) -> new LearnedWord(LearnedWord.Kind.fromId(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    /** True when a word was there to remove. */
    public boolean remove(Handle h, LearnedWord.Kind kind, String phrase) {
        return h.execute("DELETE FROM vocabulary WHERE kind = ? AND phrase = ?", kind.id(), phrase) > 0;
    }
}
