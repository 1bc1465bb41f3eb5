package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.VietnamesePeople.Found;

/** Our officials in order of seniority, each once with the fullest title the article gives. */
final class Seniority {
    private Seniority() {
    }

    private static final List<String> RANK = List.of("bi thu tinh uy", "bi thu thanh uy", "chu tich ubnd",
            "pho bi thu", "chu tich hdnd", "pho chu tich thuong truc", "pho chu tich ubnd", "pho chu tich hdnd");

    /**
     * "Ủy ban nhân dân" and "UBND", "Hội đồng nhân dân" and "HĐND" name one body: the same post spelt out or
     * abbreviated ranks the same, so a later mention abbreviated does not replace the title as first written.
     */
    static String bodiesAbbreviated(String folded) {
        return folded.replace("uy ban nhan dan", "ubnd").replace("hoi dong nhan dan", "hdnd");
    }

    /**
     * Lower is more senior; unknown titles next, and a district's or a commune's post ("Chủ tịch UBND huyện Gò Quao")
     * last: below the province's, whatever its words, and below any body of the province (an association's chair).
     */
    static int rank(String title) {
        int best = RANK.size();
        if (title == null) {
            return best;
        }
        if (local(title)) {
            return best + 1;
        }
        // Each post in "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" on its own: "Phó Chủ tịch …" is not "Chủ tịch …".
        for (String chunk : title.split(",")) {
            String t = bodiesAbbreviated(Text.key(chunk));
            for (int i = 0; i < RANK.size(); i++) {
                if (t.startsWith(RANK.get(i))) {
                    best = Math.min(best, i);
                }
            }
        }
        return best;
    }

    /** A body below the province: "huyện", "quận", "thị xã", "xã", "phường", "thị trấn" and their party committees. */
    private static final java.util.regex.Pattern LOCAL_BODY = java.util.regex.Pattern.compile(
            " (?:ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan) (?:huyen|quan|thi xa|xa|phuong|thi tran) | (?:huyen|thi) uy ");
    /** A province's or a city's own body in the title: then the post is the province's, whatever else it names. */
    private static final java.util.regex.Pattern PROVINCIAL_BODY = java.util.regex.Pattern.compile(
            " (?:tinh|thanh) uy | (?:ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan) (?:tinh|thanh pho|tp) ");

    /** Whether every post of the title is a district's or a commune's ("Phó Chủ tịch UBND huyện An Biên"). */
    static boolean local(String title) {
        String t = " " + Text.key(title) + " ";
        return LOCAL_BODY.matcher(t).find() && !PROVINCIAL_BODY.matcher(t).find();
    }

    /** Vietnamese officials, most senior first, each once; a person only named in every mention is left out. */
    static List<Found> distinctBySeniority(List<Found> found) {
        Map<String, Found> byName = new LinkedHashMap<>();
        for (Found f : found) {
            String key = Text.key(f.name());
            Found old = byName.get(key);
            if (old == null) {
                byName.put(key, f);
                continue;
            }
            // The title as written at the first mention; a later one only when it holds all of it and says more
            // ("Chủ tịch UBND tỉnh" in a headline, "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" in the story).
            // A later mention naming a more senior post wins too ("Ủy viên Trung ương Đảng", then "Bí thư Tỉnh ủy …").
            String title = (" " + Text.key(f.title()) + " ").contains(" " + Text.key(old.title()) + " ")
                    || rank(f.title()) < rank(old.title()) ? f.title() : old.title();
            byName.put(key, new Found(old.sentence(), old.start(), old.name(), old.family(), old.given(), title,
                    old.national() && f.national(), old.evidence(), old.address() != null ? old.address() : f.address(),
                    old.mentionedOnly() && f.mentionedOnly(), old.joined() || f.joined()));
        }
        List<Found> out = new ArrayList<>();
        for (Found f : byName.values()) {
            if (!f.mentionedOnly()) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparingInt((Found f) -> rank(f.title())));
        return out;
    }
}
