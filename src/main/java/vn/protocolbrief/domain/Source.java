package vn.protocolbrief.domain;

/** Where facts came from: publication, URL, date and the article text itself. */
public record Source(String id, String publication, String url, PartialDate publishedOn, String title,
                     String fullText) {
    public Source {
        publishedOn = publishedOn == null ? PartialDate.UNKNOWN : publishedOn;
    }
}
