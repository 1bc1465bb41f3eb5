package vn.protocolbrief.domain;

/** A request category of DESIGN.md; the id is stable, the labels are translations. */
public record RequestCategory(String id, String labelVi, String labelEn, int order) {
    public String label(String lang) {
        return "en".equals(lang) ? labelEn : labelVi;
    }
}
