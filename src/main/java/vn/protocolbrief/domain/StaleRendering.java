package vn.protocolbrief.domain;

/**
 * An English rendering written for other Vietnamese than its record now has: the Vietnamese was edited after it
 * ({@code rendered}: what it was written for; {@code original}: the record's text now). Packs quote the original, with
 * a note, until the officer writes the English again.
 */
public record StaleRendering(EnglishRendering rendering, String rendered, String original) {
}
