package vn.protocolbrief.domain;

/** An MOU, cooperation agreement or friendship relationship; signed at a meeting or earlier. */
public record Agreement(String id, String meetingId, String provinceId, String provinceAsWritten, String partnerId,
                        String kind, String title, PartialDate signedOn, String parties, String fields,
                        String status, String sourceId) {
    public Agreement {
        signedOn = signedOn == null ? PartialDate.UNKNOWN : signedOn;
    }
}
