package vn.protocolbrief.brief;

import java.util.List;
import java.util.Map;
import vn.protocolbrief.domain.Direction;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.RequestStatus;

/**
 * Everything a briefing pack says, assembled from the store before any layout. Data stays as recorded
 * (Vietnamese text stays Vietnamese in an English pack); only labels are translated when rendering.
 * {@code sources} are the numbers cited as [n] next to each fact.
 */
public record BriefModel(Meta meta, Glance glance, Delegation delegation, ProvincePart province,
                         List<MeetingItem> history, List<MeetingItem> otherHistory, List<RequestItem> requests,
                         List<AgreementItem> agreements, List<AidItem> aid, List<GiftItem> gifts,
                         List<TalkingPoint> talkingPoints, Charts charts, List<SourceItem> sources) {

    /** The pack's subject and its snapshot stamp. */
    public record Meta(String provinceId, String provinceName, String provinceNameEn, String partnerId,
                       String partnerName, String partnerNameEn, String partnerNameJa, String partnerKind,
                       PersonItem leader, String visitDate, String lang, String classification, String generatedAt,
                       String snapshot, List<String> recordIds, List<String> parts) {
    }

    public record PersonItem(String id, String name, String title, String honorific) {
    }

    public record MeetingItem(String id, PartialDate date, String provinceAsWritten, String partnerName, String venue,
                              String title, PersonItem leader, List<PersonItem> delegation, List<PersonItem> hosts,
                              String summary, String outcome, int requests, List<Integer> sources) {
    }

    public record RequestItem(String id, Direction direction, List<String> categories, String text,
                              RequestStatus status, PartialDate firstRaised, PartialDate lastRaised, int timesRaised,
                              String partnerName, String latestFollowUp, List<Integer> sources) {
        public boolean repeated() {
            return timesRaised >= 2;
        }
    }

    public record AgreementItem(String id, String title, String kind, PartialDate signedOn, String parties,
                                String fields, String status, String provinceAsWritten, String partnerName,
                                List<Integer> sources) {
    }

    public record AidItem(String id, String title, String donor, String channel, String amount, String amountNote,
                          String purpose, String status, PartialDate date, String partnerName, List<Integer> sources) {
    }

    public record GiftItem(String id, PartialDate date, String item, Direction direction, String giver, String receiver,
                           String occasion, String provinceAsWritten, List<Integer> sources) {
    }

    public record FigureItem(String label, String value, String unit, PartialDate asOf, List<Integer> sources) {
    }

    public record NoteItem(String kind, PartialDate date, String text, List<Integer> sources) {
    }

    public record LinkItem(String partnerName, String kind, PartialDate since, String provinceAsWritten, String note,
                           List<Integer> sources) {
    }

    public record Glance(PersonItem leader, List<PersonItem> delegation, List<PersonItem> receivers,
                         MeetingItem lastMeeting, List<RequestItem> topOpenRequests, List<FigureItem> keyFigures,
                         List<GiftItem> giftsToPartner, List<NoteItem> sensitivities) {
    }

    public record Delegation(String partnerName, String partnerNameEn, String partnerNameJa, String partnerKind,
                             String prefecture, List<PostHolder> leaderPosts, List<MeetingItem> leaderOtherMeetings) {
    }

    /** A post and who held it: the leader's own posts, and earlier holders of the same post when known. */
    public record PostHolder(String person, String title, String organisation, PartialDate from, PartialDate to,
                             boolean current) {
    }

    public record ProvincePart(String nameVi, String nameEn, List<String> predecessors, List<LinkItem> links,
                               List<FigureItem> keyFigures, List<FigureItem> nationalFigures) {
    }

    /** A suggested point to make, traceable to the records (ids) and sources it came from. */
    public record TalkingPoint(String kind, String text, List<String> recordIds, List<Integer> sources) {
    }

    /** Chart data: request counts per category id, meeting counts per year (null key: date unknown). */
    public record Charts(Map<String, Integer> requestsByCategory, Map<Integer, Integer> meetingsByYear,
                         Map<String, String> categoryLabels) {
    }

    public record SourceItem(int number, String id, String title, String publication, String url,
                             PartialDate published) {
    }
}
