package vn.protocolbrief.domain;

/** Japanese side (the delegation) or Vietnamese side (hosts). */
public enum Side {
    JP, VN
}
