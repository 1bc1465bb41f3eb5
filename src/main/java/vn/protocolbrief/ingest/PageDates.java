package vn.protocolbrief.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.PartialDate;

/**
 * The page's own date line, as news sites print it above or below the headline: "Thứ Ba, 12/03/2024 10:15",
 * "12/03/2024 | 10:15 GMT+7", "16:01, 23/09/2023 (GMT+7)", "19:45 - 21/11/2023", "Ngày cập nhật 29/11/2019",
 * a date alone on its line ("20/06/2023", "(04/06/2017)", "2020/9/8" as Japanese pages print it), or a stamp glued
 * before the headline on one line. Told apart from prose by its shape (a date with a time, a weekday, a time zone or
 * a publishing word, and little else), never by any site's words.
 */
final class PageDates {
    static final Pattern FULL_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
    /** Year first, as Japanese pages print it: "2020/9/8", "2020.09.08". */
    private static final Pattern YEAR_FIRST_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*([/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)");
    private static final String WEEKDAY_WORDS = "(?:thứ\\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s*nhật)";
    private static final Pattern WEEKDAY = Pattern.compile("(?iuU)" + WEEKDAY_WORDS);
    /** The words a page puts before its date: "Cập nhật:", "Ngày đăng", "Ngày cập nhật", "Đăng lúc", "Xuất bản". */
    private static final String STAMP_WORDS = "(?:ngày\\s+)?(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|đăng|xuất bản|published|updated)";
    private static final Pattern STAMP_WORD = Pattern.compile("(?iuU)^\\W*" + STAMP_WORDS + "\\b");
    /** A date and nothing else but brackets and a publishing word: "(04/06/2017)", "Ngày cập nhật 29/11/2019". */
    private static final Pattern DATE_ALONE = Pattern.compile("(?iuU)^[\\s(\\[]*(?:" + STAMP_WORDS + "\\s*:?\\s*)?(?:ngày\\s+)?"
            + "(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*((?:19|20)\\d{2})[\\s)\\]]*$");
    /**
     * A date glued to the word before it, with only words before it and at most a time after it ("Việt NamViệt
     * Nam29/03/2025"): a page's section links and its date run together when the page is copied; prose puts a space
     * before a number.
     */
    private static final Pattern GLUED_DATE = Pattern.compile("(?uU)^[\\p{L}\\s|]{0,60}\\p{L}(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})"
            + "(?:\\s+\\d{1,2}:\\d{2})?\\s*$");
    /** A stamp opening a longer line: a weekday or a time is what makes it one ("Thứ Ba, 12/03/2024 10:15 …"). */
    private static final Pattern LEADING_STAMP = Pattern.compile("(?iuU)^\\s*(?:(" + WEEKDAY_WORDS + ")\\s*[,–-]?\\s*)?(?:ngày\\s+)?"
            + "(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*((?:19|20)\\d{2})(?:\\s*[,|–-]?\\s*(\\d{1,2}:\\d{2}))?"
            + "\\s*(?:\\(?\\s*GMT\\s*[+-]\\s*\\d{1,2}\\s*\\)?)?\\s*[|–-]?\\s+(?=\\p{Lu})");

    private PageDates() {
    }

    /**
     * A line that is a page's date: a full date with a time, a weekday or a time zone, and little else
     * ("Thứ ba - 13/12/2022 07:31", "09:42 | 17/11/2023", "Lệ Chi - 30/09/2021 16:20 (GMT+7)"), or a date alone.
     */
    static PartialDate of(String line) {
        if (line.length() > 110) {
            return null;
        }
        Matcher first = YEAR_FIRST_DATE.matcher(line.strip());
        if (first.matches()) {
            return day(first.group(1), first.group(3), first.group(4));
        }
        Matcher alone = DATE_ALONE.matcher(line);
        if (alone.matches()) {
            return day(alone.group(4), alone.group(3), alone.group(1));
        }
        Matcher glued = GLUED_DATE.matcher(line.strip());
        if (glued.matches()) {
            return day(glued.group(3), glued.group(2), glued.group(1));
        }
        Matcher d = FULL_DATE.matcher(line);
        Matcher iso = ISO_DATE.matcher(line);
        boolean full = d.find();
        if (!full && !iso.find()) {
            return null;
        }
        boolean stamp = TIME.matcher(line).find() || WEEKDAY.matcher(line).find() || line.contains("GMT")
                || STAMP_WORD.matcher(line).find();
        if (!stamp) {
            return null;
        }
        // Prose with a date in it is not a stamp: few words besides the date and its decorations.
        String rest = line.replaceAll("(?iuU)thứ\\s*\\S+|chủ\\s*nhật|gmt|clock|cập nhật|đăng|ngày|lúc|xuất bản|published|updated", " ");
        long words = java.util.Arrays.stream(rest.split("[^\\p{L}]+")).filter(w -> w.length() > 1).count();
        if (words > 6) {
            return null;
        }
        return full ? day(d.group(3), d.group(2), d.group(1)) : day(iso.group(1), iso.group(2), iso.group(3));
    }

    /**
     * "Thứ Ba, 12/03/2024 10:15 Hà Nam tiếp …": the stamp and the headline a page's markup glued onto one line, as two
     * lines; null when the line opens with no stamp (a weekday or a time beside a full date) or nothing follows it.
     */
    static String[] splitLeadingStamp(String line) {
        Matcher m = LEADING_STAMP.matcher(line);
        if (!m.lookingAt() || m.group(1) == null && m.group(5) == null) {
            return null;
        }
        String rest = line.substring(m.end()).strip();
        return rest.split("\\s+").length < 3 ? null : new String[] {line.substring(0, m.end()).strip(), rest};
    }

    static PartialDate day(String y, String m, String d) {
        try {
            return PartialDate.day(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static PartialDate month(String y, String m) {
        int month = Integer.parseInt(m);
        return month >= 1 && month <= 12 ? PartialDate.of(y + "-" + m) : null;
    }
}
