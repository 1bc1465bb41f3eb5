package vn.protocolbrief.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.domain.LearnedWord;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.ingest.Draft.PersonRef;

/** The office's vocabulary learned from review: what the officer corrected in a draft before saving it. */
final class ReviewLearning {
    private ReviewLearning() {
    }

    /**
     * What the officer's corrections teach: the article's name for a partner the importer missed or mistook, a
     * Japanese title it did not know, which of two name words is the family name.
     */
    static List<LearnedWord> learned(Draft reviewed, Draft proposed, String partnerId) {
        Map<String, LearnedWord> out = new LinkedHashMap<>();
        String text = Text.fold(reviewed.source().text());
        Draft.PartnerRef was = proposed.partner();
        Draft.PartnerRef now = reviewed.partner();
        boolean partnerCorrected = was == null || !(was.id() != null ? was.id().equals(now.id())
                : now.id() == null && Text.key(was.name()).equals(Text.key(now.name())));
        String phrase = Text.clean(now.asWritten());
        if (partnerCorrected && phrase != null && phrase.length() >= 3 && text.contains(Text.fold(phrase))) {
            out.put("p", new LearnedWord(LearnedWord.Kind.PARTNER_NAME, phrase, partnerId, null));
        }
        PersonRef lead = reviewed.leader();
        PersonRef proposedLead = proposed.leader();
        if (lead != null && lead.givenName() != null && Romaji.is(lead.familyName()) && Romaji.is(lead.givenName())) {
            boolean swapped = proposedLead != null && proposedLead.givenName() != null
                    && Text.key(proposedLead.familyName()).equals(Text.key(lead.givenName()))
                    && Text.key(proposedLead.givenName()).equals(Text.key(lead.familyName()));
            if (swapped || proposedLead == null) {
                out.put("f", new LearnedWord(LearnedWord.Kind.NAME_PART, lead.familyName(), "family", null));
                out.put("g", new LearnedWord(LearnedWord.Kind.NAME_PART, lead.givenName(), "given", null));
            }
        }
        if (lead != null && lead.title() != null && (proposedLead == null || !Text.key(lead.title())
                .equals(Text.key(proposedLead.title() == null ? "" : proposedLead.title())))) {
            String head = titleHead(lead.title());
            if (head != null && text.contains(Text.fold(head))) {
                out.put("t", new LearnedWord(LearnedWord.Kind.TITLE, head, now.kind() == null ? "" : now.kind(), null));
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The words of a title before the body it names ("Trưởng Ban Đối ngoại" of "Trưởng Ban Đối ngoại Hội đồng
     * tỉnh Saitama"): what makes it a title wherever it is held. Null when too short to mean anything.
     */
    static String titleHead(String title) {
        String t = title.strip();
        java.util.regex.Matcher body = java.util.regex.Pattern.compile("(?uU)\\s+(tỉnh|thành phố|TP\\.?|Hội đồng|Tập đoàn"
                + "|Công ty|Đại học|Trường|Hiệp hội|Hội|Liên minh|Văn phòng|Cơ quan|Tổ chức|Quỹ|Đại sứ quán|Tổng Lãnh sự quán"
                + "|Nhật Bản|\\()").matcher(t);
        if (body.find() && body.start() > 0) {
            t = t.substring(0, body.start());
        }
        for (String w : t.split("\\s+")) {
            if (Character.isUpperCase(w.charAt(0)) && Romaji.is(w) && w.length() > 3) {
                t = t.substring(0, t.indexOf(w)).strip();
                break;
            }
        }
        return t.split("\\s+").length >= 2 ? t : null;
    }
}
