package vn.protocolbrief.domain;

/** Who asked whom. */
public enum Direction {
    VN_TO_JP("VN→JP"), JP_TO_VN("JP→VN");

    private final String arrow;

    Direction(String arrow) {
        this.arrow = arrow;
    }

    public String arrow() {
        return arrow;
    }
}
