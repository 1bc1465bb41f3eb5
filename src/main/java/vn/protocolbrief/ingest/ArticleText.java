package vn.protocolbrief.ingest;

import vn.protocolbrief.domain.PartialDate;

/**
 * An article as text (NFC, paragraphs separated by blank lines) with what the page said about itself:
 * its title, its publication date, its address and the site that published it, when it gave them.
 */
public record ArticleText(String name, String format, String text, String title, PartialDate published, String url,
                         String publication) {
    public ArticleText(String name, String format, String text, String title, PartialDate published, String url) {
        this(name, format, text, title, published, url, null);
    }
}
