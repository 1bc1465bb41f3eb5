package vn.protocolbrief.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerKind;
import vn.protocolbrief.domain.Prefecture;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.domain.RequestCategory;
import vn.protocolbrief.domain.Text;

/** The reference data shipped in assets/reference: provinces, prefectures, categories, core partners. */
public record ReferenceData(List<Province> provinces, Map<String, List<String>> provinceAliases,
                            List<Prefecture> prefectures, List<RequestCategory> categories, List<Partner> partners) {

    static final String BASE = "/assets/reference/";
    /**
     * The reference data's version: raise it with any change to assets/reference, so that stores made before
     * the change are brought up to date when next opened.
     */
    public static final int VERSION = 3;

    public static ReferenceData load() {
        List<Province> provinces = new ArrayList<>();
        for (CSVRecord r : csv("provinces-2025.csv")) {
            provinces.add(new Province(r.get("id"), Text.nfc(r.get("name_vi")), r.get("name_en"), r.get("kind"),
                    Arrays.stream(r.get("merged_from").split(";")).map(Text::clean).toList()));
        }
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (CSVRecord r : csv("province-aliases.csv")) {
            aliases.computeIfAbsent(r.get("province_id"), k -> new ArrayList<>()).add(Text.nfc(r.get("alias")));
        }
        List<Prefecture> prefectures = new ArrayList<>();
        for (CSVRecord r : csv("japan-prefectures.csv")) {
            prefectures.add(new Prefecture(r.get("code"), r.get("name_en"), r.get("name_ja"), Text.nfc(r.get("name_vi")),
                    r.get("region")));
        }
        List<RequestCategory> categories = new ArrayList<>();
        for (CSVRecord r : csv("request-categories.csv")) {
            categories.add(new RequestCategory(r.get("id"), Text.nfc(r.get("label_vi")), r.get("label_en"),
                    categories.size()));
        }
        List<Partner> partners = new ArrayList<>();
        for (CSVRecord r : csv("partners.csv")) {
            List<String> partnerAliases = r.get("aliases").isBlank() ? List.of()
                    : Arrays.stream(r.get("aliases").split(";")).map(Text::clean).toList();
            partners.add(new Partner(r.get("id"), PartnerKind.fromId(r.get("kind")), Text.clean(r.get("name_vi")),
                    Text.clean(r.get("name_en")), Text.clean(r.get("name_ja")), Text.clean(r.get("prefecture_code")),
                    null, partnerAliases));
        }
        for (Prefecture p : prefectures) {
            partners.add(prefecturePartner(p));
        }
        return new ReferenceData(provinces, aliases, prefectures, categories, partners);
    }

    /** Every prefecture is a partner: "tỉnh Tochigi", "Tochigi Prefecture", "栃木県". */
    static Partner prefecturePartner(Prefecture p) {
        String vi = switch (p.code()) {
            case "13" -> "Thủ đô Tokyo";
            case "26", "27" -> "Phủ " + p.nameVi();
            default -> "Tỉnh " + p.nameVi();
        };
        String en = "13".equals(p.code()) ? "Tokyo Metropolis" : p.nameEn() + " Prefecture";
        return new Partner(prefecturePartnerId(p.nameEn()), PartnerKind.PREFECTURE, vi, en, p.nameJa(),
                p.code(), null, List.of(p.nameEn(), "tỉnh " + p.nameVi()));
    }

    private static String prefecturePartnerId(String nameEn) {
        return "pref-" + nameEn.toLowerCase(java.util.Locale.ROOT);
    }

    private static List<CSVRecord> csv(String name) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new StoreException(StoreException.Problem.APPLICATION_MISSING, null, name);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(reader).getRecords();
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.APPLICATION_INCOMPLETE, e, name, TempFiles.reason(e));
        }
    }
}
