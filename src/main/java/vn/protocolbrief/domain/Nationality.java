package vn.protocolbrief.domain;

/** Which side a person belongs to; decides the protocol order of the name. */
public enum Nationality {
    JP, VN, OTHER
}
