package vn.protocolbrief.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.PartialDate;

/**
 * The meeting's date as the story gives it: "trưa 25/11" (the year from the dateline), "Chiều 27-10",
 * "ngày 17/11/2023", "ngày 5 tháng 3 năm 2024", "hôm qua" (from the publication date). A story that
 * "vừa" (just) held the meeting gives the publication month. Otherwise unknown.
 */
final class DateFinder {
    /** A date and the sentence it was read from. */
    record Found(PartialDate date, String evidence, Warning warning) {
    }

    private static final String DAYPART = "(?:sáng|trưa|chiều|tối|đêm)";
    private static final Pattern NUMERIC = Pattern.compile("(?iu)(?:(" + DAYPART + ")\\s+(?:nay\\s+)?(?:ngày\\s+)?|(ngày)\\s+)"
            + "(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?:\\s*[/-]\\s*(\\d{4}))?");
    private static final Pattern WORDS = Pattern.compile("(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?");
    private static final Pattern RELATIVE = Pattern.compile("(?iu)\\b(hôm qua|hôm nay|" + DAYPART + " nay)\\b");
    private static final Pattern JUST = Pattern.compile("(?iu)\\bvừa\\s+(?:tổ chức\\s+)?(?:hội đàm|tiếp|làm việc|ký kết|hội kiến|gặp)");
    /** How far into the story a date still describes the meeting rather than something it recalls. */
    private static final int LEAD_SENTENCES = 4;

    Found find(List<Sentences.Sentence> sentences, PartialDate published) {
        int n = Math.min(LEAD_SENTENCES, sentences.size());
        for (int i = 0; i < n; i++) {
            String s = sentences.get(i).text();
            Matcher m = NUMERIC.matcher(s);
            if (m.find()) {
                PartialDate d = date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), m.group(5), published);
                if (d != null) {
                    return new Found(d, s, m.group(5) == null && published == null
                            ? Warning.of("no_year") : null);
                }
            }
            Matcher w = WORDS.matcher(s);
            if (w.find()) {
                PartialDate d = date(Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)), w.group(3), published);
                if (d != null) {
                    return new Found(d, s, null);
                }
            }
            Matcher r = RELATIVE.matcher(s);
            if (r.find() && published != null && published.precision() == vn.protocolbrief.domain.DatePrecision.DAY) {
                LocalDate p = LocalDate.parse(published.iso());
                LocalDate d = r.group(1).toLowerCase().startsWith("hôm qua") ? p.minusDays(1) : p;
                return new Found(PartialDate.of(d.toString()), s, null);
            }
        }
        for (int i = 0; i < n; i++) {
            String s = sentences.get(i).text();
            if (JUST.matcher(s).find() && published != null && published.known()) {
                PartialDate month = published.precision() == vn.protocolbrief.domain.DatePrecision.DAY
                        ? PartialDate.of(published.iso().substring(0, 7)) : published;
                return new Found(month, s, Warning.of("just_happened", published.display()));
            }
        }
        return new Found(PartialDate.UNKNOWN, null, published != null && published.known()
                ? Warning.of("no_date_published", published.display()) : Warning.of("no_date"));
    }

    /** The year from the text, else the publication year (the previous one if the month is later). */
    private static PartialDate date(int day, int month, String year, PartialDate published) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        int y;
        if (year != null) {
            y = Integer.parseInt(year);
        } else if (published != null && published.known()) {
            y = published.yearValue();
            if (published.precision() != vn.protocolbrief.domain.DatePrecision.YEAR
                    && month > Integer.parseInt(published.iso().substring(5, 7))) {
                y--;
            }
        } else {
            return PartialDate.UNKNOWN;
        }
        try {
            return PartialDate.day(y, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
