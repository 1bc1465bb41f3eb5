package vn.protocolbrief.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may head a partner's delegation in a visit: a person of the partner's side. A Vietnamese host never does; a
 * Japanese person who holds a post at another partner does only once the post at this one is recorded (or they
 * have led or joined this partner's delegation before). A new person with no posts yet is accepted.
 */
public final class DelegationRules {
    private DelegationRules() {
    }

    public enum Problem { VIETNAMESE_SIDE, OTHER_PARTNER }

    /** Why a person cannot head the delegation; {@code post} is the post that shows it. */
    public record LeaderProblem(Problem problem, String person, String post, String otherPartner, String partner) {
        /** One line for the command line. */
        public String english() {
            return switch (problem) {
                case VIETNAMESE_SIDE -> person + " is on the Vietnamese side" + (post == null ? "" : " (" + post + ")")
                        + "; the head of the delegation must be a person of " + partner + ".";
                case OTHER_PARTNER -> person + " holds a post at " + otherPartner + (post == null ? "" : " (" + post + ")")
                        + ", not at " + partner + "; choose a person of " + partner + ", or record their post at "
                        + partner + " first.";
            };
        }
    }

    public static Optional<LeaderProblem> leader(Person person, Partner partner, List<Meeting> meetingsOfPerson,
                                                 Map<String, Partner> partners, String lang) {
        String partnerName = partner.name(lang);
        Position vietnamesePost = person.positions().stream().filter(p -> p.provinceId() != null).reduce((a, b) -> b)
                .orElse(null);
        boolean hostBefore = meetingsOfPerson.stream().flatMap(m -> m.participants().stream())
                .anyMatch(p -> p.personId().equals(person.id()) && p.side() == Side.VN);
        if (person.nationality() == Nationality.VN || vietnamesePost != null || hostBefore) {
            return Optional.of(new LeaderProblem(Problem.VIETNAMESE_SIDE, person.protocolName(),
                    vietnamesePost == null ? null : vietnamesePost.title(), null, partnerName));
        }
        boolean ofThisPartner = person.positions().stream().anyMatch(p -> partner.id().equals(p.partnerId()))
                || meetingsOfPerson.stream().anyMatch(m -> partner.id().equals(m.partnerId())
                && m.participants().stream().anyMatch(p -> p.personId().equals(person.id()) && p.side() == Side.JP));
        if (ofThisPartner) {
            return Optional.empty();
        }
        Position elsewhere = person.positions().stream()
                .filter(p -> p.current() && p.partnerId() != null && !p.partnerId().equals(partner.id()))
                .reduce((a, b) -> b).orElse(null);
        if (elsewhere != null) {
            Partner other = partners.get(elsewhere.partnerId());
            return Optional.of(new LeaderProblem(Problem.OTHER_PARTNER, person.protocolName(), elsewhere.title(),
                    other == null ? elsewhere.partnerId() : other.name(lang), partnerName));
        }
        return Optional.empty();
    }
}
