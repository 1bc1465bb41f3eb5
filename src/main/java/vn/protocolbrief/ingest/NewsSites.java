package vn.protocolbrief.ingest;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.Text;

/**
 * The newspaper or portal behind a page's address, for a source a reader can check: the national papers, agencies,
 * broadcasters and portals listed in assets/ingest/news-sites.csv (a sub-site such as en.vietnamplus.vn is its
 * paper's), and, from the official list of provinces (old and 2025), each province's paper at "bao&lt;tỉnh&gt;.vn"
 * and its portal at "&lt;tỉnh&gt;.gov.vn" (only that address: a department's sub-site is not the portal).
 */
final class NewsSites {
    private static final Pattern PAPER = Pattern.compile("^bao([a-z]+)\\.(?:(?:com|org|net|info)\\.)?vn$");
    private static final Pattern PORTAL = Pattern.compile("^([a-z]+)\\.gov\\.vn$");
    /** "baocaobang.vn" written as a publication's name: an address without its scheme. */
    private static final Pattern BARE_DOMAIN = Pattern.compile("^(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:vn|com|net|org|jp)$");
    private static final Map<String, String> LISTED = new HashMap<>();

    static {
        for (CSVRecord r : IngestData.csv("news-sites.csv")) {
            LISTED.put(r.get("domain").toLowerCase(Locale.ROOT), Text.nfc(r.get("name")));
        }
    }

    /** Folded province name without spaces or marks ("binhphuoc") → how it is named ("tỉnh Bình Phước"). */
    private final Map<String, String[]> provinces = new HashMap<>();

    NewsSites(List<Province> units) {
        for (Province p : units) {
            for (String name : p.predecessors()) {
                boolean city = "city".equals(p.kind()) && name.equals(p.nameVi());
                provinces.putIfAbsent(slug(name), new String[] {name, city ? "thành phố" : "tỉnh"});
            }
            provinces.putIfAbsent(slug(p.nameVi()), new String[] {p.nameVi(), "city".equals(p.kind()) ? "thành phố" : "tỉnh"});
        }
    }

    /** The site's name for an address ("https://baonghean.vn/…" → "Báo Nghệ An"), or null when it is not known. */
    String name(String url) {
        String host = host(url);
        if (host == null) {
            return null;
        }
        for (String h = host; h.indexOf('.') > 0; h = h.substring(h.indexOf('.') + 1)) {
            String listed = LISTED.get(h);
            if (listed != null) {
                return listed;
            }
        }
        Matcher paper = PAPER.matcher(host);
        if (paper.matches() && provinces.containsKey(paper.group(1))) {
            return "Báo " + provinces.get(paper.group(1))[0];
        }
        Matcher portal = PORTAL.matcher(host);
        if (portal.matches() && provinces.containsKey(portal.group(1))) {
            String[] p = provinces.get(portal.group(1));
            return "Cổng Thông tin điện tử " + p[1] + " " + p[0];
        }
        return null;
    }

    /**
     * The draft's source: the page's own site name (its metadata) first, else the site of its address, else what the
     * text names ("Nguồn: …", the channel's mark before the lead); the date the page was published.
     */
    Draft.SourceDraft source(ArticleText article, ArticleCleaner.Clean clean) {
        String site = name(clean.url());
        String publication = article.publication() != null ? clean.publication()
                : site != null ? site : named(clean.publication());
        return new Draft.SourceDraft(article.name(), article.format(), clean.title(), publication, clean.url(),
                clean.published() == null ? null : clean.published().iso(), article.text());
    }

    /** A publication named by its bare address ("Nguồn tin: baocaobang.vn"): the site's name when known. */
    String named(String publication) {
        if (publication == null || !BARE_DOMAIN.matcher(publication.strip().toLowerCase(Locale.ROOT)).matches()) {
            return publication;
        }
        String site = name("https://" + publication.strip());
        return site == null ? publication : site;
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.replaceFirst("^(?:www|m|amp|mobile)\\.", "");
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static String slug(String name) {
        return Text.fold(name).replaceAll("[^a-z]", "");
    }
}
