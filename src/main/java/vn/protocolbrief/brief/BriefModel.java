package vn.protocolbrief.brief;

import java.util.List;
import java.util.Map;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;
import vn.protocolbrief.domain.Text;

/**
 * Everything a briefing pack says, assembled from the store before any layout. Record text stays as it was written
 * (an English pack marks Vietnamese text as the original); labels, posts and generated sentences are in the pack's
 * language. Every fact carries the numbers of its sources ({@code sources}), cited as [n].
 */
public record BriefModel(Meta meta, VisitPart visit, Glance glance, Delegation delegation, ProvincePart province,
                         List<MeetingItem> history, List<PartnerSummary> otherPartners, List<RequestItem> requests,
                         List<AgreementItem> agreements, List<AidItem> aid, List<GiftItem> gifts,
                         List<TalkingPoint> talkingPoints, Charts charts, List<SourceItem> sources,
                         List<ChangeItem> changesSince, Map<String, String> english,
                         List<CommitmentItem> commitments) {

    /** A pack without an annex of commitments (a model built by hand, or a pair whose meetings recorded none). */
    public BriefModel(Meta meta, VisitPart visit, Glance glance, Delegation delegation, ProvincePart province,
                      List<MeetingItem> history, List<PartnerSummary> otherPartners, List<RequestItem> requests,
                      List<AgreementItem> agreements, List<AidItem> aid, List<GiftItem> gifts,
                      List<TalkingPoint> talkingPoints, Charts charts, List<SourceItem> sources,
                      List<ChangeItem> changesSince, Map<String, String> english) {
        this(meta, visit, glance, delegation, province, history, otherPartners, requests, agreements, aid, gifts,
                talkingPoints, charts, sources, changesSince, english, List.of());
    }

    /**
     * A pack without the officer's English renderings of its record text ({@code english}: by
     * {@link vn.protocolbrief.domain.EnglishRendering#key} of the Vietnamese; an English pack shows them).
     */
    public BriefModel(Meta meta, VisitPart visit, Glance glance, Delegation delegation, ProvincePart province,
                      List<MeetingItem> history, List<PartnerSummary> otherPartners, List<RequestItem> requests,
                      List<AgreementItem> agreements, List<AidItem> aid, List<GiftItem> gifts,
                      List<TalkingPoint> talkingPoints, Charts charts, List<SourceItem> sources,
                      List<ChangeItem> changesSince) {
        this(meta, visit, glance, delegation, province, history, otherPartners, requests, agreements, aid, gifts,
                talkingPoints, charts, sources, changesSince, Map.of());
    }

    public BriefModel {
        english = english == null ? Map.of() : Map.copyOf(english);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }

    /** A pack without "what changed since the last meeting" (a pair that never met, or a model built by hand). */
    public BriefModel(Meta meta, VisitPart visit, Glance glance, Delegation delegation, ProvincePart province,
                      List<MeetingItem> history, List<PartnerSummary> otherPartners, List<RequestItem> requests,
                      List<AgreementItem> agreements, List<AidItem> aid, List<GiftItem> gifts,
                      List<TalkingPoint> talkingPoints, Charts charts, List<SourceItem> sources) {
        this(meta, visit, glance, delegation, province, history, otherPartners, requests, agreements, aid, gifts,
                talkingPoints, charts, sources, List.of(), Map.of());
    }

    /**
     * Something that happened since the pair's last meeting: {@code kind} request, commitment, agreement, post or
     * aid; {@code what} says what happened in the pack's language, {@code text} is the record's own words.
     */
    public record ChangeItem(String kind, PartialDate date, String what, String text, List<Integer> sources) {
    }

    /**
     * The pack's subject. {@code snapshot} identifies the records it was made from; it is recorded with the pack
     * and in the PDF's metadata, never printed. {@code headPostAsOf}: the cover's note to the officer when the head
     * of delegation's post is read in a record more than a year older than the visit (null otherwise).
     * {@code partnerUnreviewed}: the partner's row was made by the article importer and no reviewed meeting names it,
     * so its name is marked ◇ like every unreviewed fact (with --reviewed-only too: it is still the visit's partner).
     */
    public record Meta(String provinceId, String provinceName, String provinceUnitAndName, String partnerId, String partnerName,
                       String partnerNameJa, String partnerKind, String lang, String classification,
                       String generatedAt, String snapshot, List<String> recordIds, List<String> parts,
                       boolean firstMeeting, boolean pointsEdited, String headPostAsOf, boolean partnerUnreviewed,
                       int unreviewedLeftOut) {
        /**
         * {@code unreviewedLeftOut}: the pair's meetings a pack of reviewed records only leaves out (nobody reviewed
         * them): with none shown, the pack says the reviewed records hold no meeting, not that there was none.
         */
        public Meta(String provinceId, String provinceName, String provinceUnitAndName, String partnerId,
                    String partnerName, String partnerNameJa, String partnerKind, String lang, String classification,
                    String generatedAt, String snapshot, List<String> recordIds, List<String> parts,
                    boolean firstMeeting, boolean pointsEdited, String headPostAsOf) {
            this(provinceId, provinceName, provinceUnitAndName, partnerId, partnerName, partnerNameJa, partnerKind,
                    lang, classification, generatedAt, snapshot, recordIds, parts, firstMeeting, pointsEdited,
                    headPostAsOf, false, 0);
        }

        public Meta(String provinceId, String provinceName, String provinceUnitAndName, String partnerId,
                    String partnerName, String partnerNameJa, String partnerKind, String lang, String classification,
                    String generatedAt, String snapshot, List<String> recordIds, List<String> parts,
                    boolean firstMeeting, boolean pointsEdited) {
            this(provinceId, provinceName, provinceUnitAndName, partnerId, partnerName, partnerNameJa, partnerKind,
                    lang, classification, generatedAt, snapshot, recordIds, parts, firstMeeting, pointsEdited, null);
        }
    }

    /**
     * A person as the pack shows them: {@code name} in protocol order ("ITO Naoki"), the kanji when recorded, the
     * post in the pack's language ({@code titleOriginal}: still the Vietnamese original), the form of address a
     * leader uses ("Ngài Đại sứ I-tô Na-ô-ki"), and the reading of a Japanese name.
     */
    public record PersonItem(String id, String name, String kanji, String title, boolean titleOriginal,
                             String address, String reading, boolean japanese, List<Integer> sources) {
        /**
         * The form of address as written on a cover or in a heading: the name as recorded where the spoken form
         * carries its reading ("Ngài Đại sứ ITO Naoki", not "… I-tô Na-ô-ki": the reading is for saying it aloud).
         */
        public String writtenAddress() {
            if (address == null) {
                return name;
            }
            return reading != null && !reading.isBlank() && address.contains(reading) ? address.replace(reading, name)
                    : address;
        }
    }

    /** The coming visit, from its record ({@code recorded}) or from the command's options. */
    public record VisitPart(boolean recorded, PartialDate date, String time, String venue, String purpose,
                            PersonItem leader, List<PersonItem> members, List<PersonItem> hosts, String interpreter,
                            List<ProgrammeLine> programme, String issuingOffice, String preparedBy, String approvedBy,
                            List<Integer> sources) {
    }

    public record ProgrammeLine(String time, String item) {
    }

    /**
     * {@code heldBy}: the town, district or commune that received the partner for our side, in the pack's language,
     * when nobody of ours there held a post of the province (null otherwise); {@code provinceAsWritten} then names it
     * in brackets ("tỉnh Hải Dương (Thị xã Kinh Môn)").
     */
    public record MeetingItem(String id, PartialDate date, String provinceAsWritten, String partnerName, String venue,
                              String title, PersonItem leader, List<PersonItem> delegation, List<PersonItem> hosts,
                              String summary, String outcome, int requests, List<Integer> sources, String heldBy) {
        public MeetingItem(String id, PartialDate date, String provinceAsWritten, String partnerName, String venue,
                           String title, PersonItem leader, List<PersonItem> delegation, List<PersonItem> hosts,
                           String summary, String outcome, int requests, List<Integer> sources) {
            this(id, date, provinceAsWritten, partnerName, venue, title, leader, delegation, hosts, summary, outcome,
                    requests, sources, null);
        }
    }

    /** Meetings of the province with one other Japanese partner, in one line. */
    public record PartnerSummary(String partnerName, int meetings, PartialDate first, PartialDate last,
                                 List<String> provincesAsWritten, List<Integer> sources) {
    }

    public record RequestItem(String id, Direction direction, List<String> categories, String text,
                              RequestStatus status, PartialDate firstRaised, PartialDate lastRaised, int timesRaised,
                              String latestFollowUp, PartialDate followUpDate, List<Integer> sources) {
        public boolean repeated() {
            return timesRaised >= 2;
        }

        public String category() {
            return categories.get(0);
        }
    }

    /**
     * What one side promised at one of the pair's meetings ({@code ours}: the province) and where it stands: the
     * meeting's date, the day it is due (unknown when none was said), its status and its latest follow-up with that
     * note's date. {@code sources}: the commitment's source and its latest note's.
     */
    public record CommitmentItem(String id, boolean ours, String text, String meetingId, PartialDate meetingDate,
                                 PartialDate due, RequestStatus status, String latestFollowUp,
                                 PartialDate followUpDate, List<Integer> sources) {
    }

    public record AgreementItem(String id, String title, String kind, PartialDate signedOn, String parties,
                                String fields, String status, String provinceAsWritten, String partnerName,
                                boolean withPartner, List<Integer> sources, String statusCode) {
        /** What the record says happened: agreed in words, proposed, or signed (see {@link AgreementWords}). */
        AgreementWords happened() {
            return AgreementWords.of(statusCode);
        }
    }

    public record AidItem(String id, String title, String donor, String channel, String amount, String amountNote,
                          String purpose, String status, PartialDate date, String partnerName, boolean withPartner,
                          List<Integer> sources) {
    }

    /** A gift; {@code givenBy} names the province when it was another one (a leader's gift received elsewhere). */
    public record GiftItem(String id, PartialDate date, String item, Direction direction, String giver, String receiver,
                           String occasion, String provinceAsWritten, String givenBy, List<Integer> sources) {
    }

    public record FigureItem(String label, String value, String unit, PartialDate asOf, List<Integer> sources) {
    }

    public record NoteItem(String kind, PartialDate date, String text, List<Integer> sources) {
    }

    public record LinkItem(String partnerName, String kind, PartialDate since, String provinceAsWritten, String note,
                           List<Integer> sources) {
    }

    /** An anniversary near the visit: what, how many years, on which day. */
    public record Anniversary(String what, int years, PartialDate on, List<Integer> sources) {
    }

    /**
     * What to offer: the idea, the gifts already given that it avoids repeating, and why this idea (what was given,
     * the kind of partner, the season), in the pack's language; {@code namesGiven}: the reason names the gifts already
     * given (an English reason that cannot quote a Vietnamese gift says "the gift listed below" instead), so the front
     * does not list them again.
     */
    public record GiftAdvice(String idea, List<String> avoided, String reason, boolean namesGiven) {
    }

    /**
     * The first page a leader reads: the visit, the last meeting, what is open, what is owed and what to mind.
     * {@code openTotal} counts every open request, {@code topOpen} the few shown.
     */
    public record Glance(MeetingItem lastMeeting, List<RequestItem> topOpen, int openTotal,
                         List<AidItem> thanksOwed, List<RequestItem> commitments, List<Anniversary> anniversaries,
                         List<GiftItem> giftsGiven, GiftAdvice giftAdvice, List<NoteItem> sensitivities,
                         List<FigureItem> keyFigures) {
    }

    /**
     * The partner and its people: profile, current head (when the store knows one), every Japanese person of the
     * pack with reading and form of address, the leader's posts and other meetings, and — for a partner the
     * province has never met — what it does elsewhere in Viet Nam.
     */
    public record Delegation(String partnerName, String partnerNameEn, String partnerNameJa, String partnerKind,
                             String prefecture, List<PersonItem> currentHeads, List<PersonItem> people,
                             List<PostHolder> leaderPosts, List<MeetingItem> leaderOtherMeetings,
                             List<MeetingItem> partnerElsewhere, List<String> partnerProvinces) {
    }

    public record PostHolder(String person, String title, boolean titleOriginal, PartialDate from, PartialDate to,
                             boolean current, List<Integer> sources, PartialDate asOf) {
        public PostHolder(String person, String title, boolean titleOriginal, PartialDate from, PartialDate to,
                          boolean current, List<Integer> sources) {
            this(person, title, titleOriginal, from, to, current, sources, null);
        }

        /** The end of the period: "nay" for a post held now, "tính đến 11/2023" for one read too long ago. */
        public String until(Labels l) {
            if (!current) {
                return l.shortDate(to);
            }
            return asOf == null ? l.get("date.current") : l.asOf(asOf).replace(' ', Unbreakable.NBSP);
        }

        /**
         * Where the period starts, "…" when no record says; null when nothing is known of it but the date of the record
         * that shows it held ("tính đến 11/2025" alone reads right, "… – tính đến 11/2025" does not).
         */
        public String since(Labels l) {
            return from.known() ? l.shortDate(from) : current && asOf != null ? null : "…";
        }
    }

    public record ProvincePart(String name, List<String> predecessors, List<LinkItem> links,
                               List<FigureItem> keyFigures, List<FigureItem> nationalFigures) {
        /** Not merged on 1 July 2025: its only predecessor is itself (Thanh Hóa ← Thanh Hóa). */
        public boolean unchanged() {
            return predecessors.size() == 1 && Text.fold(predecessors.get(0)).equals(Text.fold(name));
        }
    }

    /** A point to read aloud, in the order of the speech, with the records and sources it rests on. */
    public record TalkingPoint(String kind, String text, List<String> recordIds, List<Integer> sources) {
    }

    /**
     * Chart data, counted exactly as the sections count: requests by their first category (as the requests part
     * groups them), meetings with the partner and with all Japanese partners per year (null key: date unknown).
     */
    public record Charts(Map<String, Integer> requestsByCategory, Map<Integer, int[]> meetingsByYear,
                         Map<String, String> categoryLabels) {
    }

    /** The kind of a source saved with a meeting nobody has reviewed: what cites it is marked. */
    public static final String UNREVIEWED = "unreviewed";

    /** A numbered source: an article ({@link #UNREVIEWED} when nobody has checked it), the visit's own record, or a reference. */
    /** {@code sourceId}: the store's id of an article's source (what `source edit` takes); null for the others. */
    public record SourceItem(int number, String kind, String title, String publication, String url,
                             PartialDate published, String opening, String sourceId) {
        public SourceItem(int number, String kind, String title, String publication, String url,
                          PartialDate published, String opening) {
            this(number, kind, title, publication, url, published, opening, null);
        }

        public SourceItem(int number, String kind, String title, String publication, String url,
                          PartialDate published) {
            this(number, kind, title, publication, url, published, null, null);
        }

        /** The keys {@link #missing} can give, in its order. */
        public static final List<String> CHECKED_BY = List.of("headline", "newspaper", "url");

        /** An article a reader checks by its headline, newspaper and address; the visit's record and references are not. */
        public boolean isArticle() {
            return sourceId != null && ("article".equals(kind) || UNREVIEWED.equals(kind));
        }

        /**
         * What a reader cannot check this article by, as keys "headline", "newspaper", "url" in that order (the pack,
         * the composer and the command line name them each in their own words); empty for other sources.
         */
        public List<String> missing() {
            if (!isArticle()) {
                return List.of();
            }
            List<String> keys = new java.util.ArrayList<>();
            if (title == null || title.isBlank()) {
                keys.add("headline");
            }
            if (publication == null || publication.isBlank()) {
                keys.add("newspaper");
            }
            if (url == null || url.isBlank()) {
                keys.add("url");
            }
            return keys;
        }
    }
}
