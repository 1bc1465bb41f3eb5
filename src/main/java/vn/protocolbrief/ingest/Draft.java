package vn.protocolbrief.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.protocolbrief.domain.Text;

/**
 * A meeting read out of an article, for a person to review. Scalar fields have their evidence sentence in
 * {@code evidence} under the field's name; list items carry their own. {@code confidence} says, for the
 * province, the partner and the leader, how clearly the article pointed at the one chosen (0–1). Nothing is
 * stored until saved.
 */
public record Draft(String date, String datePrecision, Ref province, String provinceAsWritten, String venue,
                    PartnerRef partner, PersonRef leader, List<PersonRef> members, List<PersonRef> hosts,
                    List<RequestDraft> requests, List<AgreementDraft> agreements,
                    List<AgreementDraft> earlierAgreements, List<AidDraft> aidProjects,
                    List<GiftDraft> gifts, List<FigureDraft> keyFigures, List<LocalityDraft> localities,
                    List<Warning> warnings, Map<String, String> evidence, Map<String, Double> confidence,
                    SourceDraft source, List<CommitmentDraft> commitments, List<ThanksDraft> thanks) {

    public Draft {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        thanks = thanks == null ? List.of() : List.copyOf(thanks);
    }

    public record Ref(String id, String name) {
    }

    /**
     * The Japanese side; {@code id} is null when the partner is not yet in the store (then it is created with
     * this kind and these names when the draft is saved).
     */
    public record PartnerRef(String id, String name, String nameEn, String kind, String prefectureCode,
                             String asWritten) {
        /** The same partner named as the article writes it (what review learns the office's name from). */
        public PartnerRef writtenAs(String phrase) {
            return new PartnerRef(id, name, nameEn, kind, prefectureCode, phrase);
        }
    }

    /**
     * A person in protocol order ("ITO Naoki"); Japanese names keep family and given apart. {@code personId} is
     * the stored person this is (same name, same side, and the same partner or province), null for a new one;
     * {@code namesakes} are stored people of the same name the article does not place, for the officer to choose.
     * {@code role} is "leader", "member", "host" or "participant"; {@code organisation} the body the title belongs
     * to ("Hội đồng tỉnh Yamaguchi" for its chair, the party group for a group's chair); {@code address} the form of
     * address the text uses ("ông", "bà", "cô", "anh", "chị", "Ngài"), null when it uses none.
     */
    public record PersonRef(String name, String familyName, String givenName, String side, String title,
                            String evidence, String personId, List<Namesake> namesakes, String role,
                            String organisation, String address) {
        public PersonRef(String name, String familyName, String givenName, String side, String title, String evidence) {
            this(name, familyName, givenName, side, title, evidence, null, List.of(), null, null, null);
        }

        public PersonRef(String name, String familyName, String givenName, String side, String title,
                         String evidence, String personId, List<Namesake> namesakes) {
            this(name, familyName, givenName, side, title, evidence, personId, namesakes, null, null, null);
        }

        public PersonRef {
            namesakes = namesakes == null ? List.of() : List.copyOf(namesakes);
        }

        public PersonRef identified(String id, List<Namesake> others) {
            return new PersonRef(name, familyName, givenName, side, title, evidence, id, others, role, organisation,
                    address);
        }

        /**
         * The same person as the officer corrected the name or the title in review: what the article said of them
         * (role, form of address, evidence) stays; the body is read again from a changed title, else kept.
         */
        public PersonRef corrected(String newName, String newFamily, String newGiven, String newTitle) {
            boolean sameTitle = java.util.Objects.equals(Text.key(newTitle), Text.key(title));
            String body = sameTitle ? organisation : TitleParts.organisation(newTitle);
            return new PersonRef(newName, newFamily, newGiven, side, newTitle, evidence, null, List.of(), role,
                    body != null ? body : organisation, address);
        }

        /** The same person in another role ("host", "participant"…). */
        public PersonRef as(String newRole) {
            return new PersonRef(name, familyName, givenName, side, title, evidence, personId, namesakes, newRole,
                    organisation, address);
        }
    }

    /** A stored person with the same name: who they are, as the review screen lists them. */
    public record Namesake(String id, String label) {
    }

    public record RequestDraft(String direction, List<String> categories, String text, String evidence) {
    }

    /**
     * A side's promise of what it will itself do ({@code side} "vn" or "jp"); {@code due} is an ISO date when the
     * article names one, else null.
     */
    public record CommitmentDraft(String side, String text, String due, String evidence) {
    }

    /** Who thanks whom ("vn", "jp") and for what. */
    public record ThanksDraft(String by, String to, String text, String evidence) {
    }

    /**
     * An agreement of this meeting or an earlier one. {@code inWords}: the sides agreed it in words ("hai bên thống
     * nhất …") and nobody signed a document, so it is saved as agreed, never as signed.
     */
    public record AgreementDraft(String title, String parties, boolean signedAtMeeting, String date, String evidence,
                                 boolean inWords) {
        /** A signed document (the common case before agreements in words were read). */
        public AgreementDraft(String title, String parties, boolean signedAtMeeting, String date, String evidence) {
            this(title, parties, signedAtMeeting, date, evidence, false);
        }

        /** The store's status word for this agreement: "agreed" at the meeting in words, else "signed". */
        public String status() {
            return inWords ? "agreed" : "signed";
        }
    }

    public record AidDraft(String title, BigDecimal amount, String currency, String amountNote, String channel,
                           String evidence) {
    }

    public record GiftDraft(String item, String giver, String receiver, String direction, String evidence) {
    }

    public record FigureDraft(String label, String value, String evidence) {
    }

    public record LocalityDraft(String name, String partnerId, String kind, String evidence) {
    }

    public record SourceDraft(String name, String format, String title, String publication, String url,
                              String published, String text) {
    }
}
