package vn.protocolbrief.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a written title says beyond its post: the body it belongs to. */
final class TitleParts {
    /** The head of a post of either side, in general administrative Vietnamese. */
    private static final Pattern HEAD = Pattern.compile("(?iuU)^(?:Phó\\s+|Quyền\\s+|tân\\s+)?(?:Chủ\\s+tịch|"
            + "Bí\\s+thư|Tổng\\s+Giám\\s+đốc|Giám\\s+đốc(?:\\s+điều\\s+hành)?|Trưởng\\s+[Bb]an|Trưởng\\s+[Pp]hòng|"
            + "Trưởng\\s+[Đđ]ại\\s+diện|Ủy\\s+viên|Thống\\s+đốc|Thị\\s+trưởng|Hiệu\\s+trưởng|Chánh\\s+Văn\\s+phòng|"
            + "Chủ\\s+nhiệm|Tổng\\s+Thư\\s+ký|Tổng\\s+Lãnh\\s+sự|Lãnh\\s+sự(?:\\s+danh\\s+dự)?|Đại\\s+sứ(?:\\s+[Đđ]ặc\\s+mệnh\\s+toàn\\s+quyền)?|"
            + "Nghị\\s+s[ĩỹ]|Thuyền\\s+trưởng|Tư\\s+lệnh)(?:\\s+[Tt]hường\\s+trực)?\\s+(.+)$");

    /** A body written by itself after a post: "Văn phòng …", "Cơ quan …", "Sở …". */
    private static final Pattern BODY = Pattern.compile("(?uU)^(?:Văn\\s+phòng|Cơ\\s+quan|Tổ\\s+chức|Đại\\s+sứ\\s+quán|"
            + "Tổng\\s+Lãnh\\s+sự\\s+quán|Lãnh\\s+sự\\s+quán|Sở|Ban|Hội|Tập\\s+đoàn|Công\\s+ty|Trường|Đại\\s+học|Viện|"
            + "Ủy\\s+ban)\\s+\\S");

    /** "phụ trách kinh tế": a post's fields, the words "và" may join ("phụ trách kinh tế và văn hóa"). */
    private static final Pattern FIELDS_BEFORE = Pattern.compile("(?iuU)(?<!\\p{L})phụ\\s+trách(?:\\s+(?-i:\\p{Ll})+){1,4}\\s*$");
    /**
     * The field after "và": a few lower-case words, then the title's end or a break before the body it belongs to
     * (", Tổng Lãnh sự quán …"); "… của trường làm trưởng đoàn" goes on as a clause and is left cut.
     */
    private static final Pattern FIELD_AFTER = Pattern.compile("(?suU)^(?:\\s+\\p{Ll}+){1,4}(?:\\s*[,;()–—-]|\\s*$).*");

    private TitleParts() {
    }

    /**
     * Whether a "và" a title was cut at joins the fields of one post ("Lãnh sự phụ trách kinh tế và văn hóa, …"):
     * general grammar, "phụ trách" takes its fields as one object.
     */
    static boolean joinsFields(String before, String stop, String after) {
        return stop.strip().equalsIgnoreCase("và") && FIELDS_BEFORE.matcher(before).find()
                && FIELD_AFTER.matcher(after).matches();
    }

    /**
     * The body the last post of a title belongs to: "Chủ tịch HĐND thành phố" → "HĐND thành phố"; "Chủ tịch nhóm
     * nghị sĩ đảng LDP tại Hội đồng tỉnh Yamaguchi" → the party's group, not the assembly. Null when the title names
     * no body ("Thống đốc").
     */
    static String organisation(String title) {
        if (title == null) {
            return null;
        }
        String[] posts = title.split("\\s*,\\s*");
        String last = posts[posts.length - 1].strip();
        // "Phó Trưởng đại diện, Văn phòng JICA tại Việt Nam": a last part that is no post is the body itself.
        if (posts.length > 1 && BODY.matcher(last).find() && HEAD.matcher(posts[posts.length - 2].strip() + " x").find()) {
            return last;
        }
        Matcher m = HEAD.matcher(last);
        if (!m.find() || m.group(1).isBlank()) {
            return null;
        }
        String body = m.group(1).strip();
        // "Đại sứ Nhật Bản tại Việt Nam", "Tổng Lãnh sự Nhật Bản tại Đà Nẵng": the country, not a body.
        return body.matches("(?iuU)^(Nhật\\s+Bản|Việt\\s+Nam)\\b.*") ? null : body;
    }
}
