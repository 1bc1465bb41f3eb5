package vn.protocolbrief.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.Text;

/**
 * What a saved page says about itself, for a reader to check the source: its address (link rel=canonical, og:url,
 * JSON-LD url), its headline (og:title, JSON-LD headline, the h1, the title) without the site's name after it, the
 * site's name (og:site_name, the JSON-LD publisher) and its publication date (article:published_time, JSON-LD
 * datePublished, a date meta).
 */
record PageMetadata(String title, String site, PartialDate published, String url) {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SUFFIX = Pattern.compile("^(.{10,}?)\\s+[-–—|:]\\s+([^-–—|:]{2,40})$");
    private static final ObjectMapper JSON = new ObjectMapper();

    static PageMetadata of(Document doc) {
        List<JsonNode> ld = linkedData(doc);
        String site = first(meta(doc, "og:site_name"), ldText(ld, "publisher", "name"), meta(doc, "application-name"));
        String title = first(meta(doc, "og:title"), ldText(ld, "headline"), h1(doc),
                doc.title().isBlank() ? null : doc.title());
        title = title == null ? null : withoutSite(Text.clean(title), site, doc);
        PartialDate published = date(meta(doc, "article:published_time"));
        if (published == null) {
            published = date(ldText(ld, "datePublished"));
        }
        if (published == null) {
            for (Element m : doc.select("meta[content]")) {
                String key = (m.attr("property") + m.attr("name") + m.attr("itemprop")).toLowerCase(Locale.ROOT);
                if (key.contains("published") || key.equals("date") || key.equals("pubdate") || key.equals("dc.date")) {
                    published = date(m.attr("content"));
                    if (published != null) {
                        break;
                    }
                }
            }
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = first(canonical == null ? null : canonical.attr("href"), meta(doc, "og:url"), ldText(ld, "url"));
        return new PageMetadata(title, site == null ? null : Text.clean(site), published,
                url == null ? null : Text.clean(url));
    }

    /** "Tỉnh A tiếp đoàn B - Báo A": the headline without the site's name (or its domain's words) after it. */
    private static String withoutSite(String title, String site, Document doc) {
        Matcher m = SUFFIX.matcher(title);
        if (!m.matches()) {
            return title;
        }
        String tail = Text.key(m.group(2)).replace(" ", "");
        String siteKey = site == null ? "" : Text.key(site).replace(" ", "");
        String host = Text.key(doc.location() == null ? "" : doc.location()).replace(" ", "");
        boolean named = !siteKey.isEmpty() && (tail.contains(siteKey) || siteKey.contains(tail))
                || !tail.isEmpty() && host.contains(tail);
        return named ? m.group(1).strip() : title;
    }

    private static String h1(Document doc) {
        Element h = doc.selectFirst("h1");
        return h == null || h.text().isBlank() ? null : h.text();
    }

    private static String meta(Document doc, String property) {
        Element m = doc.selectFirst("meta[property=" + property + "][content], meta[name=" + property + "][content]");
        return m == null || m.attr("content").isBlank() ? null : m.attr("content");
    }

    private static PartialDate date(String value) {
        if (value == null) {
            return null;
        }
        Matcher d = ISO_DATE.matcher(value);
        if (!d.find()) {
            return null;
        }
        try {
            return PartialDate.day(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
        } catch (java.time.DateTimeException invalid) {
            return null; // a page's broken date is no date
        }
    }

    /** Every JSON-LD object of the page, those inside a list or an @graph included; a broken block is skipped. */
    private static List<JsonNode> linkedData(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                List<JsonNode> todo = new ArrayList<>(List.of(root));
                while (!todo.isEmpty()) {
                    JsonNode n = todo.remove(0);
                    if (n.isArray()) {
                        n.forEach(todo::add);
                    } else if (n.isObject()) {
                        out.add(n);
                        if (n.has("@graph")) {
                            todo.add(n.get("@graph"));
                        }
                    }
                }
            } catch (java.io.IOException broken) {
                // A page's broken JSON-LD tells nothing.
            }
        }
        return out;
    }

    private static String ldText(List<JsonNode> ld, String... path) {
        for (JsonNode n : ld) {
            JsonNode v = n;
            for (String p : path) {
                v = v == null ? null : v.get(p);
                if (v != null && v.isArray() && !v.isEmpty()) {
                    v = v.get(0);
                }
            }
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
