package vn.protocolbrief.domain;

import java.time.LocalDate;

/**
 * An officer's confirmation that a post read in an old record still holds: who confirmed it and on which day. A post
 * confirmed within a year of a visit is shown in that visit's pack without the warning to confirm it.
 */
public record PostConfirmation(String positionId, String confirmedBy, LocalDate confirmedOn) {
    public PostConfirmation {
        if (positionId == null || positionId.isBlank() || confirmedBy == null || confirmedBy.isBlank()
                || confirmedOn == null) {
            throw new IllegalArgumentException("a confirmation of a post needs the post, who confirmed it and the day");
        }
    }

    /** True when the confirmation is recent enough for a visit on {@code day}: within the year before it. */
    public boolean holdsOn(LocalDate day) {
        return day != null && !confirmedOn.isBefore(day.minusYears(1));
    }
}
