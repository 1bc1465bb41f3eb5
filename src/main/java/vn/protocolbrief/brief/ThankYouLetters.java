package vn.protocolbrief.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.Commitment;
import vn.protocolbrief.domain.Meeting;
import vn.protocolbrief.domain.Participant;
import vn.protocolbrief.domain.ParticipantRole;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.Person;
import vn.protocolbrief.domain.Position;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.Side;
import vn.protocolbrief.domain.Text;
import vn.protocolbrief.domain.Visit;
import vn.protocolbrief.service.CommitmentService;
import vn.protocolbrief.store.Store;
import vn.protocolbrief.store.StoreException;
import vn.protocolbrief.service.VisitOutcomeService;

/**
 * Drafts the thank-you letter for a visit from the records of the meeting it became: who led the delegation,
 * what was signed, the outcome and each side's commitments. Nothing else goes in: the body names only what was
 * recorded, and the signer is the visit's first host (the chair), else the head of our delegation when we were the
 * guests, left blank when neither was recorded.
 */
public final class ThankYouLetters {
    private final Store store;

    public ThankYouLetters(Store store) {
        this.store = store;
    }

    public ThankYouLetter draft(String visitId, String lang) {
        if (!"vi".equals(lang) && !"en".equals(lang)) {
            throw new IllegalArgumentException("--lang takes vi or en, not '" + lang + "'.");
        }
        String meetingId = new VisitOutcomeService(store).meetingOf(visitId).orElseThrow(() -> new StoreException(
                vn.protocolbrief.domain.UserProblem.Code.LETTER_NO_MEETING, visitId));
        List<Commitment> promised = new CommitmentService(store).ofMeeting(meetingId);
        return store.reads(r -> {
            Visit visit = r.visit(visitId).orElseThrow(() -> new StoreException("No visit with id " + visitId + "."));
            Meeting meeting = r.meeting(meetingId).orElseThrow();
            Province province = r.provinces().stream().filter(p -> p.id().equals(meeting.provinceId())).findFirst()
                    .orElseThrow();
            Partner partner = r.partnersById().get(meeting.partnerId());
            List<Agreement> signed = r.agreements(meeting.provinceId(), meeting.partnerId()).stream()
                    .filter(a -> meetingId.equals(a.meetingId())).toList();
            var persons = r.personsById();
            Participant head = meeting.leader().orElseThrow(() -> new StoreException("Meeting " + meetingId
                    + " has no head of delegation recorded; the letter is addressed to them."));
            Person leader = persons.get(head.personId());
            // Our host signs; when we were the guests (our delegation abroad), the head of our delegation does.
            Participant ours = meeting.participants().stream().filter(p -> p.side() == Side.VN
                    && p.role() == ParticipantRole.HOST).findFirst().or(() -> meeting.head(Side.VN)).orElse(null);
            Person signer = ours == null ? null : persons.get(ours.personId());
            String signerTitle = ours == null ? null : ours.title();
            // Our delegation was the guest: the letter thanks the partner for receiving it, not for visiting us.
            boolean weVisited = ours != null && ours.role() == ParticipantRole.LEADER;
            return new Draft(lang, province, partner, meeting, visit, leader, titleOf(leader, head.title()),
                    signer, signer == null ? null : titleOf(signer, signerTitle), weVisited, signed, promised,
                    "en".equals(lang) ? EnglishNameOrder.of(r.englishByOriginal(), persons.values()) : java.util.Map.of())
                    .letter();
        });
    }

    /** Writes the letter as .docx or .pdf, by the file's extension. */
    public Path write(ThankYouLetter letter, Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        if (name.endsWith(".docx")) {
            bytes = LetterDocx.write(letter);
        } else if (name.endsWith(".pdf")) {
            bytes = LetterPdf.write(letter);
        } else {
            throw new IllegalArgumentException("--out must end in .docx (Word, for the office to finish) or .pdf.");
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Words of a partner's name that say which one it is ("Ashikaga"), not what kind ("Thành phố", "City"). */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("thanh", "pho", "tinh", "city", "prefecture",
            "of", "the", "to", "province");

    /** Whether a post already names the partner ("Thị trưởng thành phố Ashikaga" names Thành phố Ashikaga). */
    static boolean names(String post, Partner partner) {
        String folded = " " + Text.fold(post).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String lang : List.of("vi", "en")) {
            String n = partner.name(lang);
            if (n == null) {
                continue;
            }
            List<String> words = java.util.Arrays.stream(Text.fold(n).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> !w.isBlank() && !GENERIC.contains(w)).toList();
            if (!words.isEmpty() && words.stream().allMatch(w -> folded.contains(" " + w + " "))) {
                return true;
            }
        }
        return false;
    }

    private static String titleOf(Person p, String titleThatDay) {
        if (titleThatDay != null || p == null) {
            return titleThatDay;
        }
        Position current = Items.current(p);
        return current == null ? null : current.title();
    }

    /** One letter being drafted. */
    private record Draft(String lang, Province province, Partner partner, Meeting meeting, Visit visit, Person leader,
                         String leaderTitle, Person signer, String signerTitle, boolean weVisited,
                         List<Agreement> signed,
                         List<Commitment> promised, java.util.Map<String, String> english) {

        String word(String key, Object... args) {
            String s = ResourceBundle.getBundle("vn.protocolbrief.brief.letter", "en".equals(lang)
                    ? Locale.ENGLISH : Locale.ROOT).getString(key);
            for (int i = 0; i < args.length; i++) {
                s = s.replace("{" + i + "}", args[i] == null ? "" : args[i].toString());
            }
            return s;
        }

        ThankYouLetter letter() {
            Labels labels = new Labels(lang, english);
            Addressing addressing = new Addressing(lang);
            boolean en = "en".equals(lang);
            boolean city = "city".equals(province.kind());
            String provinceName = en ? province.nameEn() : province.nameVi();
            String unitAndName = en ? provinceName + " " + word(city ? "unit.city" : "unit.province")
                    : word(city ? "unit.city" : "unit.province") + " " + provinceName;
            String partnerName = partner.name(lang);
            String name = leader == null ? "" : leader.protocolName();
            String post = addressing.title(leaderTitle).text();
            // With the post written out, the form is "Ngài" (or "H.E.") and the name; without it, the form names the post.
            String full = addressing.address(leader, name, leaderTitle, true, null);
            String form = post == null ? (en ? full : addressing.inSpeech(leader, leaderTitle) + " " + name)
                    : en ? (full.startsWith("H.E. ") ? full : name) : "Ngài " + name;
            String addressee = post == null ? word("to.untitled", form)
                    : word("to", form, post + (names(post, partner) ? "" : ", " + partnerName));
            String spoken = addressing.inSpeech(leader, leaderTitle);
            // An undated meeting is thanked for without a date, as the pack says it: never "chưa rõ ngày".
            String when = !meeting.date().known() ? ""
                    : meeting.date().precision() == vn.protocolbrief.domain.DatePrecision.DAY
                    ? (en ? " on " : " ngày ") + labels.date(meeting.date()) : " " + labels.date(meeting.date());

            List<ThankYouLetter.Paragraph> body = new ArrayList<>();
            // In English a partner's name inside a sentence takes its article ("the Embassy of Japan in Viet Nam").
            String partnerSaid = en ? labels.inSentence(partnerName) : partnerName;
            boolean originals = false;
            // Where the meeting took place, as the record has it: one place in the sentence, several as a list.
            List<String> places = LetterPlaces.of(meeting.venue());
            String at = places.size() == 1 ? LetterPlaces.inSentence(places.get(0), labels, en) : null;
            body.add(new ThankYouLetter.Paragraph(word(weVisited ? "thanks.received" : "thanks", unitAndName, spoken,
                    partnerSaid, when,
                    at == null ? "" : word("place.at", at)), false));
            if (places.size() > 1 || (places.size() == 1 && at == null)) {
                originals |= LetterPlaces.list(body, places, labels, en, weVisited
                        ? (key, args) -> word(key.startsWith("places") ? key + ".received" : key, args) : this::word);
            }
            // An English letter names each point in the officer's English rendering; a point without one is quoted
            // as the Vietnamese original, marked, in a paragraph of its own (never inside an English sentence).
            if (meeting.outcome() != null || !signed.isEmpty()) {
                body.add(new ThankYouLetter.Paragraph(word("agreed"), false));
                if (meeting.outcome() != null) {
                    originals |= point(body, null, meeting.outcome(), labels, s -> s);
                }
                for (Agreement a : signed) {
                    // "Ký kết …" only for a signed document; a point agreed in words is listed as agreed.
                    String said = switch (AgreementWords.of(a.status())) {
                        case AGREED -> "agreed.item";
                        case PROPOSED -> "proposed";
                        case SIGNED -> "signed";
                    };
                    String lead = said.equals("agreed.item") ? "agreed.original" : said + ".original";
                    originals |= point(body, en ? word(lead) : null, a.title(), labels, t -> word(said, t));
                }
            }
            if (!promised.isEmpty()) {
                body.add(new ThankYouLetter.Paragraph(word("next"), false));
                for (Commitment c : promised) {
                    String who = c.side() == Side.JP ? partnerName : capitalised(unitAndName);
                    String due = c.due().known() ? word("next.due", labels.date(c.due())) : "";
                    originals |= point(body, en ? word("next.original", who, due) : null, c.text(), labels,
                            t -> word("next.item", who, t + due));
                }
            }
            if (originals) {
                body.add(new ThankYouLetter.Paragraph(word("original.note"), false));
            }
            body.add(new ThankYouLetter.Paragraph(word("closing", capitalised(unitAndName), spoken, partnerSaid), false));

            List<String> issuing = List.of(word("body.committee"),
                    word(city ? "body.unit.city" : "body.unit.province", provinceName.toUpperCase(Locale.ROOT)));
            List<String> signerPost = new ArrayList<>(List.of(word("sign.behalf")));
            boolean vice = signerTitle != null && Text.fold(signerTitle).contains("pho chu tich");
            if (vice) {
                signerPost.add(word("sign.deputy"));
                signerPost.add(word("sign.vice"));
            } else {
                signerPost.add(word("sign.chair"));
            }
            boolean chairs = signerTitle != null && Text.fold(signerTitle).contains("chu tich");
            // An English letter writes a Vietnamese name without diacritics, as the English pack does.
            String signerName = signer != null && chairs ? labels.name(signer.protocolName()) : "…";
            List<String> recipients = new ArrayList<>(List.of(word("recipients.above")));
            if (visit.issuingOffice() != null) {
                recipients.add(word("recipients.office", en ? labels.visitText(visit.issuingOffice())
                        : visit.issuingOffice()));
            }
            recipients.add(word("recipients.archive"));
            return new ThankYouLetter(lang, word("national.title"), word("motto"), issuing, word("number"),
                    weVisited ? word("subject.received", partnerSaid, unitAndName) : word("subject", partnerSaid), word("place.date", provinceName), addressee,
                    // "Your Excellency," is the salutation itself; "Dear Your Excellency" is not English.
                    en && spoken != null && spoken.startsWith("Your ") ? spoken + "," : word("salutation", spoken), body, word("regards"),
                    signerPost, signerName, word("recipients"), recipients, name);
        }

        /**
         * One agreed point or next step, {@code said} around its words: in Vietnamese the record as written; in
         * English its rendering, or else {@code originalLead} (when there is one) and then the original, marked, as a
         * paragraph of its own. True when the original was quoted.
         */
        private boolean point(List<ThankYouLetter.Paragraph> body, String originalLead, String text, Labels labels,
                              java.util.function.UnaryOperator<String> said) {
            String en = labels.english(text);
            if (!"en".equals(lang) || en != null) {
                body.add(new ThankYouLetter.Paragraph(sentence(said.apply(en != null ? en : text)), true));
                return false;
            }
            if (originalLead != null) {
                body.add(new ThankYouLetter.Paragraph(originalLead, true));
            }
            body.add(new ThankYouLetter.Paragraph(labels.record(text), originalLead == null));
            return true;
        }

        private static String sentence(String s) {
            String t = s.strip();
            return t.endsWith(".") || t.endsWith(";") ? t : t + ".";
        }

        private static String capitalised(String s) {
            return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        }
    }
}
