package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.Text;

/**
 * The title of a meeting drafted from an article: its headline; without one, composed from who met whom
 * ("Phó Chủ tịch UBND tỉnh Nguyễn Văn A tiếp Thống đốc tỉnh Tochigi FUKUDA Tomikazu"), never a sentence
 * copied from the text. Null when the draft names neither our side nor the guest.
 */
final class MeetingTitles {
    private MeetingTitles() {
    }

    static String of(Draft d) {
        if (d.source() != null && d.source().title() != null && !d.source().title().isBlank()) {
            return d.source().title().strip();
        }
        String guest = guest(d);
        String host = host(d);
        if (guest == null || host == null) {
            return null;
        }
        // A seminar both sides chaired is titled as one: nobody "received" anybody there.
        String event = coChairedEvent(d);
        if (event != null) {
            return host + " và " + guest + " đồng chủ trì " + event;
        }
        // A province's delegation received in Japan "works with" its hosts; at home the province receives them.
        boolean inJapan = d.venue() != null && Text.fold(d.venue()).contains("nhat");
        return host + (inJapan || ourSideTravelled(d) ? " làm việc với " : " tiếp ") + guest;
    }

    /** "cùng chủ trì buổi hội thảo": the event both sides chaired, as written, or null. */
    private static final Pattern CO_CHAIRED = Pattern.compile(
            "(?iuU)\\bcùng\\s+chủ\\s+trì\\s+(?:buổi\\s+|cuộc\\s+)?(hội thảo|hội nghị|diễn đàn|tọa đàm|toạ đàm)\\b");

    private static String coChairedEvent(Draft d) {
        for (Draft.PersonRef p : named(d)) {
            Matcher m = p.evidence() == null ? null : CO_CHAIRED.matcher(p.evidence());
            if (m != null && m.find()) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** True when one of our officials heads our delegation: its role, else its evidence (see OurDelegation). */
    private static boolean ourSideTravelled(Draft d) {
        return d.hosts().stream().anyMatch(h -> "leader".equals(h.role()) || OurDelegation.ledIn(h.evidence(), h.name()));
    }

    private static List<Draft.PersonRef> named(Draft d) {
        List<Draft.PersonRef> out = new ArrayList<>(d.hosts());
        if (d.leader() != null) {
            out.add(d.leader());
        }
        return out;
    }

    /** Our side: the receiving host with post and name, else the province as the article writes it. */
    private static String host(Draft d) {
        Draft.PersonRef h = d.hosts().stream().filter(p -> "host".equals(p.role())).findFirst()
                .orElse(d.hosts().isEmpty() ? null : d.hosts().get(0));
        if (h != null && h.title() != null && !h.title().isBlank() && h.name() != null) {
            return capitalise(h.title().strip()) + " " + h.name();
        }
        String province = d.provinceAsWritten() != null && !d.provinceAsWritten().isBlank() ? d.provinceAsWritten()
                : d.province() == null ? null : d.province().name();
        return province == null || province.isBlank() ? null : capitalise(province.strip());
    }

    /** The guest: the head of delegation with post and name, else the partner's delegation. */
    private static String guest(Draft d) {
        Draft.PersonRef leader = d.leader();
        if (leader != null && leader.title() != null && !leader.title().isBlank() && leader.name() != null) {
            // "(Nhật Bản)" after the guest's post says what the title's "tiếp" already implies.
            return leader.title().replaceAll("\\s*\\((?:Nhật Bản|Nhật)\\)", "").strip() + " " + leader.name();
        }
        if (d.partner() == null || d.partner().name() == null || d.partner().name().isBlank()) {
            return null;
        }
        String name = d.partner().name().strip();
        // "Tỉnh Tochigi" in running text is "tỉnh Tochigi"; a body's own name keeps its capital ("Hội Hữu nghị …").
        String folded = Text.fold(name);
        if (folded.startsWith("tinh ") || folded.startsWith("thanh pho ")) {
            name = name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
        return "đoàn " + name;
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
