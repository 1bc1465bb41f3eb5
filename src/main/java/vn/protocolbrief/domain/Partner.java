package vn.protocolbrief.domain;

import java.util.List;

/**
 * A Japanese counterpart. A municipality names its prefecture ({@code prefectureCode}); aliases are the
 * other ways texts name it ("Đại sứ quán Nhật Bản", "Embassy of Japan", "栃木県").
 */
public record Partner(String id, PartnerKind kind, String nameVi, String nameEn, String nameJa,
                      String prefectureCode, String note, List<String> aliases) {
    public Partner {
        aliases = Lists.copy(aliases, "the aliases of partner " + id + "");
    }

    public String name(String lang) {
        if ("en".equals(lang) && nameEn != null) {
            return nameEn;
        }
        return nameVi != null ? nameVi : nameEn;
    }
}
