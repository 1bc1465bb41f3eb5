package vn.protocolbrief.brief;

import vn.protocolbrief.domain.Province;

/** How one pack names its own province, in the pack's language. */
record PlaceNames(Province province, Labels labels, String lang) {
    /** "Phú Thọ" / "Phu Tho". */
    String name() {
        return "en".equals(lang) ? province.nameEn() : province.nameVi();
    }

    /** "tỉnh Phú Thọ", "thành phố Huế"; "Phu Tho Province", "Hue City". */
    String unitAndName() {
        String unit = labels.get("city".equals(province.kind()) ? "unit.city" : "unit.province");
        if ("en".equals(lang)) {
            // "Ho Chi Minh City" already says what it is.
            return name().endsWith(" " + unit) ? name() : name() + " " + unit;
        }
        return unit + " " + name();
    }
}
