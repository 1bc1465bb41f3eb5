package vn.protocolbrief.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.PartialDate;

/**
 * The page's own date line, as news sites print it above or below the headline: "Thứ Ba, 12/03/2024 10:15",
 * "12/03/2024 | 10:15 GMT+7", "16:01, 23/09/2023 (GMT+7)", "19:45 - 21/11/2023", "Ngày cập nhật 29/11/2019",
 * a date alone on its line ("20/06/2023", "(04/06/2017)", "2020/9/8" as Japanese pages print it), a stamp glued
 * before the headline on one line, or the date in words ("Thứ Hai, 12 tháng 5, 2025", "Nov 5, 2024"). Told apart
 * from prose by its shape (a date with a time, a weekday, a time zone or a publishing word, and little else), never by
 * any site's words.
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

    /** A time and a time zone after a date line's date: " 10:15", ", 16:01 (GMT+7)", " | 10:15 GMT+7". */
    private static final String TIME_AFTER = "(?:\\s*[,|–-]?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?)?"
            + "(?:\\s*\\(?\\s*GMT\\s*[+-]\\s*\\d{1,2}\\s*\\)?)?";
    /**
     * The month in words, the calendar's own written form: "Thứ Hai, 12 tháng 5, 2025 10:15", "Thứ hai, ngày 12 tháng 5
     * năm 2025" — the whole line, nothing but the weekday, a publishing word and a time beside it.
     */
    private static final Pattern MONTH_IN_WORDS = Pattern.compile("(?iuU)^\\W*(?:" + STAMP_WORDS + "\\s*:?\\s*)?(?:"
            + WEEKDAY_WORDS + "\\s*[,–-]?\\s*)?(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:,|\\s+năm)\\s*"
            + "((?:19|20)\\d{2})" + TIME_AFTER + "\\W*$");
    /** English month names and their abbreviations, as the calendar writes them. */
    private static final String ENGLISH_MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String ENGLISH_WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?"
            + "\\s*,?\\s*)?";
    /** An English date line: "Nov 5, 2024", "Monday, 12 May 2025", "Published: November 5, 2024 10:15". */
    private static final Pattern ENGLISH_MONTH_FIRST = Pattern.compile("(?iuU)^\\W*(?:" + STAMP_WORDS + "\\s*:?\\s*)?"
            + ENGLISH_WEEKDAY + ENGLISH_MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+((?:19|20)\\d{2})" + TIME_AFTER + "\\W*$");
    private static final Pattern ENGLISH_DAY_FIRST = Pattern.compile("(?iuU)^\\W*(?:" + STAMP_WORDS + "\\s*:?\\s*)?"
            + ENGLISH_WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + ENGLISH_MONTH + "\\s*,?\\s+((?:19|20)\\d{2})" + TIME_AFTER
            + "\\W*$");
    private static final java.util.List<String> MONTH_KEYS = java.util.List.of("jan", "feb", "mar", "apr", "may", "jun",
            "jul", "aug", "sep", "oct", "nov", "dec");

    private PageDates() {
    }

    /** A date line written in words (Vietnamese "tháng" or an English month), or null. */
    private static PartialDate inWords(String line) {
        Matcher w = MONTH_IN_WORDS.matcher(line);
        if (w.matches()) {
            return day(w.group(3), w.group(2), w.group(1));
        }
        Matcher e = ENGLISH_MONTH_FIRST.matcher(line);
        if (e.matches()) {
            return day(e.group(3), englishMonth(e.group(1)), e.group(2));
        }
        e = ENGLISH_DAY_FIRST.matcher(line);
        if (e.matches()) {
            return day(e.group(3), englishMonth(e.group(2)), e.group(1));
        }
        return null;
    }

    private static String englishMonth(String word) {
        return String.valueOf(MONTH_KEYS.indexOf(word.substring(0, 3).toLowerCase(java.util.Locale.ROOT)) + 1);
    }

    /**
     * A line that is a page's date: a full date with a time, a weekday or a time zone, and little else
     * ("Thứ ba - 13/12/2022 07:31", "09:42 | 17/11/2023", "Lệ Chi - 30/09/2021 16:20 (GMT+7)"), or a date alone.
     */
    static PartialDate of(String line) {
        if (line.length() > 110) {
            return null;
        }
        PartialDate written = inWords(line);
        if (written != null) {
            return written;
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
