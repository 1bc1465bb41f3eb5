package vn.protocolbrief.ingest;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.protocolbrief.domain.DatePrecision;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.ingest.Sentences.Sentence;

/**
 * The meeting's date as the story gives it in its first sentences: "trưa 25/11", "Chiều 27-10", "Chiều 12.12",
 * "chiều tối ngày 21/11", "ngày 17/11/2023", "ngày 5 tháng 3 năm 2024", "trong hai ngày 20 và 21/11" (the
 * first day), "sáng mùng 4/11", "hôm qua" (from the page's date). The year comes from the text, else from a single year the
 * same sentence names ("Tết … năm 2024, chiều 10/01"; a greeting for that new year told in November or December
 * is of the year before), else from the page's date; without any of these the date stays unknown and the day is
 * named in a warning. A lead without a day leaves the headline's ("Ngày 12/5: …"). A story that "vừa" (just) held
 * the meeting gives the month of publication, with a warning.
 */
final class DateFinder {
    /** A date, the sentence it was read from, and what the reviewer should check. */
    record Found(PartialDate date, String evidence, List<Warning> warnings) {
    }

    private static final String DAYPART = "(?:sáng|trưa|chiều tối|chiều|tối|đêm|sáng sớm)";
    /** "mùng" (southern) or "mồng" (northern): the word before a day of the month's first ten ("sáng mùng 4/11"). */
    private static final String MUNG_WORD = "(?:mùng|mồng)";
    private static final String MUNG = "(?:" + MUNG_WORD + "\\s+)?";
    private static final String SPAN = "(?:(?:trong\\s+)?(?:hai|ba|2|3)\\s+ngày\\s+|từ\\s+ngày\\s+)?";
    /** "chiều 25/4", "Ngày 23-2", "sáng nay (29/5)", "ngày 20 và 21/11", "ngày 20-21/11", "Chiều 12.12". */
    private static final String WEEKDAY = "(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)";
    private static final Pattern NUMERIC = Pattern.compile("(?iuU)(?:\\b(?:" + DAYPART + "\\s+(?:nay\\s+|qua\\s+|hôm qua\\s+)?"
            + "(?:" + WEEKDAY + "\\s*,?\\s*)?|hôm\\s+nay\\s+|hôm\\s+qua\\s+|hôm\\s+|" + WEEKDAY + "\\s*,?\\s*)"
            + "(?:\\(\\s*)?(?:ngày\\s+)?" + MUNG + "|\\b" + SPAN + "ngày\\s+(?:\\(\\s*)?" + MUNG
            + "|\\b" + MUNG_WORD + "\\s+)"
            + "(\\d{1,2})(?:\\s*(?:và|đến|tới|-|–)\\s*(\\d{1,2}))?\\s*([/.-])\\s*(\\d{1,2})(?:\\s*[/.-]\\s*((?:19|20)\\d{2}))?(?!\\d)");
    /** A news agency's dateline: "HÀ NỘI, 12/4 (TTXVN) -", "Tokyo, 5/3/2025 (TTXVN) -". */
    private static final Pattern AGENCY_DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{L} .]{1,30},\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})"
            + "(?:\\s*/\\s*((?:19|20)\\d{2}))?\\s*\\(\\s*[\\p{Lu}]{2,8}\\s*\\)");
    private static final Pattern WORDS = Pattern.compile("(?iuU)(?:ngày\\s+" + MUNG + "|\\b" + MUNG_WORD + "\\s+)"
            + "(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+((?:19|20)\\d{2}))?");
    private static final Pattern RELATIVE = Pattern.compile("(?iuU)\\b(hôm qua|hôm nay|" + DAYPART + "\\s+nay|"
            + DAYPART + "\\s+qua)\\b");
    private static final Pattern JUST = Pattern.compile("(?iuU)\\b(vừa|mới đây|vừa qua|mới)\\s+(?:có\\s+)?(?:tổ chức\\s+|có buổi\\s+)?"
            + "(?:hội đàm|tiếp|làm việc|ký kết|hội kiến|gặp|đón|thăm)|\\bmới đây\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])((?:19|20)\\d{2})(?![\\d/])");
    /** A new year named as such: "năm mới 2024", "Tết Nguyên đán Giáp Thìn năm 2024" ("Xuân" is also a given name). */
    private static final Pattern NEW_YEAR = Pattern.compile("(?iuU)\\b(?:năm mới|tết)\\b");
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})");
    private static final List<String> MEETING = IngestData.get().cues("meeting").stream()
            .map(vn.protocolbrief.domain.Text::key).toList();
    /** How far into the story a date still describes the meeting rather than something it recalls. */
    private static final int LEAD_SENTENCES = 4;

    Found find(List<Sentence> sentences, PartialDate published) {
        List<Sentence> lead = sentences.stream().filter(Sentence::body).limit(LEAD_SENTENCES).toList();
        for (int i = 0; i < lead.size(); i++) {
            Sentence sentence = lead.get(i);
            String s = sentence.text();
            Matcher m = NUMERIC.matcher(s);
            while (m.find()) {
                int day = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(4));
                Found f = dated(day, month, m.group(5), published, sentence, m.group(2) != null);
                if (f != null) {
                    return m.group(2) == null ? f : dayOfTrip(f, day, Integer.parseInt(m.group(2)), month,
                            lead.subList(i + 1, lead.size()));
                }
            }
            Matcher agency = AGENCY_DATELINE.matcher(s);
            if (i == 0 && agency.find()) {
                Found f = dated(Integer.parseInt(agency.group(1)), Integer.parseInt(agency.group(2)), agency.group(3),
                        published, sentence, false);
                if (f != null) {
                    return f;
                }
            }
            Matcher w = WORDS.matcher(s);
            if (w.find()) {
                Found f = dated(Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)), w.group(3), published,
                        sentence, false);
                if (f != null) {
                    return f;
                }
            }
            Matcher r = RELATIVE.matcher(s);
            if (r.find() && published != null && published.precision() == DatePrecision.DAY) {
                LocalDate p = LocalDate.parse(published.iso());
                String word = r.group(1).toLowerCase(java.util.Locale.ROOT);
                LocalDate d = word.startsWith("hôm qua") || word.endsWith("qua") ? p.minusDays(1) : p;
                return new Found(PartialDate.of(d.toString()), s, List.of(Warning.of("relative_date", r.group(1),
                        published.display())));
            }
        }
        // The day only in the headline ("Ngày 12/5: Tỉnh A tiếp …"): the lead told the meeting without it.
        for (Sentence sentence : sentences) {
            if (sentence.role() != Sentences.Role.HEADLINE) {
                continue;
            }
            Matcher m = NUMERIC.matcher(sentence.text());
            if (m.find() && m.group(2) == null) {
                Found f = dated(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)), m.group(5), published, sentence,
                        false);
                if (f != null && f.date().known()) {
                    return f;
                }
            }
        }
        for (Sentence sentence : lead) {
            String s = sentence.text();
            if (JUST.matcher(s).find() && published != null && published.known()) {
                PartialDate month = published.precision() == DatePrecision.DAY
                        ? PartialDate.of(published.iso().substring(0, 7)) : published;
                return new Found(month, s, List.of(Warning.of("just_happened", published.display())));
            }
        }
        return new Found(PartialDate.UNKNOWN, null, List.of(published != null && published.known()
                ? Warning.of("no_date_published", published.display()) : Warning.of("no_date")));
    }

    /**
     * A visit of several days ("Từ ngày 5 đến 9/10 …") and, a little later, the day the meeting itself took place
     * ("Ngày 6/10, đoàn làm việc với …"): that day, in the visit's year — the visit's first day too, when a meeting
     * is told on it ("Ngày 5/10, đoàn làm việc với …" names the first meeting, before those of later days).
     */
    private static Found dayOfTrip(Found span, int first, int last, int month, List<Sentence> after) {
        if (!span.date().known() || span.date().precision() != DatePrecision.DAY) {
            return span;
        }
        for (Sentence sentence : after) {
            if (MEETING.stream().noneMatch(cue -> Cues.indexOfWord(vn.protocolbrief.domain.Text.key(sentence.text()),
                    cue) >= 0)) {
                continue;
            }
            Matcher m = NUMERIC.matcher(sentence.text());
            while (m.find()) {
                int day = Integer.parseInt(m.group(1));
                if (m.group(2) == null && Integer.parseInt(m.group(4)) == month && day >= first && day <= last) {
                    return new Found(PartialDate.day(span.date().yearValue(), month, day), sentence.text(),
                            List.of(Warning.of("date_in_visit", first + "–" + last + "/" + month, day + "/" + month)));
                }
            }
        }
        return span;
    }

    /** A day and month with the year the text, the sentence or the page gives; null when not a date. */
    private static Found dated(int day, int month, String year, PartialDate published, Sentence sentence, boolean span) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        List<Warning> warnings = new java.util.ArrayList<>();
        if (span) {
            warnings.add(Warning.of("date_span", day + "/" + month));
        }
        int y;
        if (year != null) {
            y = Integer.parseInt(year);
        } else if (published != null && published.known()) {
            y = published.yearValue();
            // A day and month after the page's own date are of the year before (a report is written after the event).
            int publishedMonth = published.precision() == DatePrecision.YEAR ? 12 : Integer.parseInt(published.iso().substring(5, 7));
            int publishedDay = published.precision() == DatePrecision.DAY ? Integer.parseInt(published.iso().substring(8, 10)) : 31;
            // Unless the page's day and month are these swapped: the same day, written the other way round.
            boolean swapped = published.precision() == DatePrecision.DAY && day != month
                    && publishedMonth == day && publishedDay == month;
            if (!swapped && (month > publishedMonth || month == publishedMonth && day > publishedDay)) {
                y--;
            }
        } else {
            Integer context = singleYear(sentence.text());
            if (context == null) {
                warnings.add(Warning.of("no_year", day + "/" + month));
                return new Found(PartialDate.UNKNOWN, sentence.text(), warnings);
            }
            // A greeting for the new year ("năm mới 2024", "Tết … 2024") told in November or December is of the year before.
            y = month >= 11 && NEW_YEAR.matcher(sentence.text()).find() ? context - 1 : context;
            warnings.add(Warning.of("year_from_context", String.valueOf(y)));
        }
        try {
            return new Found(PartialDate.day(y, month, day), sentence.text(), warnings);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The one year a sentence names outside a range ("1973-2023"), or null when it names none or several. */
    static Integer singleYear(String sentence) {
        String withoutRanges = YEAR_RANGE.matcher(sentence).replaceAll(" ");
        Set<String> years = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(withoutRanges);
        while (m.find()) {
            years.add(m.group(1));
        }
        return years.size() == 1 ? Integer.parseInt(years.iterator().next()) : null;
    }
}
