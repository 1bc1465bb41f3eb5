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

    /**
     * The place as the welcome names it: a province by its name ("tại Gia Lai"), a city with its unit, as its name
     * alone may be a person's ("tại Thành phố Hồ Chí Minh", never "tại Hồ Chí Minh"). A local fix: the locality
     * helpers (Localities) may offer this for every part of the pack.
     */
    String spokenName() {
        if ("en".equals(lang) || !"city".equals(province.kind())) {
            return name();
        }
        String u = unitAndName();
        return Character.toUpperCase(u.charAt(0)) + u.substring(1);
    }
}
