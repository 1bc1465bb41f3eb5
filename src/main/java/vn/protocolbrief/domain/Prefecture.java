package vn.protocolbrief.domain;

/** One of Japan's 47 prefectures (JIS code, names). */
public record Prefecture(String code, String nameEn, String nameJa, String nameVi, String region) {
}
