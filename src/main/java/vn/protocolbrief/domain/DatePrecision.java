package vn.protocolbrief.domain;

/** How much of a date is known. */
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN
}
