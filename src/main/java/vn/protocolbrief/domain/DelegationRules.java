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
        /** The refusal, in either language. */
        public UserProblem refusal() {
            String shown = post == null ? "" : " (" + post + ")";
            return switch (problem) {
                case VIETNAMESE_SIDE -> new UserProblem(UserProblem.Code.LEADER_VIETNAMESE_SIDE, person, shown, partner);
                case OTHER_PARTNER -> new UserProblem(UserProblem.Code.LEADER_OTHER_PARTNER, person, otherPartner, shown,
                        partner);
            };
        }

        /** One line for the command line. */
        public String english() {
            return refusal().getMessage();
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

    /**
     * A host of our side who holds posts only in other provinces, or whose posts are of a central body or of a town
     * or district inside the province ({@code level}; {@code null} for another province): the post that shows it.
     */
    public record HostProblem(String person, String post, String postProvince, String province, PostLevel level) {
        public HostProblem(String person, String post, String postProvince, String province) {
            this(person, post, postProvince, province, null);
        }

        /** The refusal, in either language. */
        public UserProblem refusal() {
            String shown = post == null ? "" : " (" + post + ")";
            if (level == PostLevel.CENTRAL) {
                return new UserProblem(UserProblem.Code.HOST_CENTRAL_POST, person, shown, province);
            }
            if (level == PostLevel.LOCAL) {
                return new UserProblem(UserProblem.Code.HOST_LOCAL_POST, person, shown, province);
            }
            return new UserProblem(UserProblem.Code.HOST_OTHER_PROVINCE, person, shown, postProvince, province);
        }

        /** One line for the command line. */
        public String english() {
            return refusal().getMessage();
        }

        /**
         * A participant who is not the chair and holds only a town's post: taken, with this note (in either language)
         * that the pack prints the post as it is — a town's official joins a provincial meeting, never chairs it.
         */
        public UserProblem note() {
            return new UserProblem(UserProblem.Code.HOST_LOCAL_PARTICIPANT, person, post == null ? "" : " (" + post
                    + ")", province);
        }
    }

    /**
     * Our participants after the chair whose posts are only of a town, district or commune inside the province: each
     * is accepted (they hold a post in the province), and named here for a note when the visit is saved or shown.
     */
    public static Optional<HostProblem> localParticipant(Person person, Visit.Attendee attendee, Province province,
                                                         Map<String, String> provinceNames) {
        return host(person, attendee, true, province, provinceNames).filter(p -> p.level() == PostLevel.LOCAL);
    }

    /**
     * Whether a person can receive the delegation for this province: one whose current posts in a province are all
     * in other provinces cannot. A post in this province, one naming a province merged into it, or no provincial
     * post on record at all (a person just typed in) is accepted — unless the post's title shows its level: a
     * participant whose Vietnamese posts are all of central bodies holds none in the province, and the chair
     * ({@code chairs}) must hold a post of the province itself, not only one of a town or district inside it.
     * The title typed for this visit is read before the posts on record; {@code person} is null for a name typed in.
     */
    public static Optional<HostProblem> host(Person person, Visit.Attendee attendee, boolean chairs, Province province,
                                             Map<String, String> provinceNames) {
        String typedTitle = attendee.title();
        Optional<HostProblem> elsewhere = person == null ? Optional.empty() : host(person, province, provinceNames);
        if (elsewhere.isPresent()) {
            return elsewhere;
        }
        List<String> titles = typedTitle != null && !typedTitle.isBlank() ? List.of(typedTitle) : person == null
                ? List.of() : person.positions().stream().filter(p -> p.current() && p.partnerId() == null
                && p.title() != null).map(Position::title).toList();
        List<String> names = new java.util.ArrayList<>(provinceNames.values());
        names.addAll(province.predecessors());
        List<PostLevel> levels = titles.stream().map(t -> PostLevel.of(t, names)).toList();
        if (levels.isEmpty() || levels.contains(PostLevel.PROVINCE) || levels.contains(PostLevel.UNKNOWN)) {
            return Optional.empty();
        }
        PostLevel level = levels.contains(PostLevel.LOCAL) ? PostLevel.LOCAL : PostLevel.CENTRAL;
        if (level == PostLevel.LOCAL && !chairs) {
            return Optional.empty();
        }
        String name = person != null ? person.protocolName() : attendee.name();
        return Optional.of(new HostProblem(name, titles.get(levels.indexOf(level)), null,
                provinceNames.getOrDefault(province.id(), province.nameVi()), level));
    }

    /**
     * Whether a person can receive the delegation for this province by the province of their posts (not their
     * level): one whose current posts in a province are all in other provinces cannot. A post in this province, one
     * naming a province merged into it, or no provincial post on record at all (a person just typed in) is accepted.
     */
    public static Optional<HostProblem> host(Person person, Province province, Map<String, String> provinceNames) {
        List<Position> provincial = person.positions().stream().filter(p -> p.provinceId() != null && p.current())
                .toList();
        if (provincial.isEmpty()) {
            return Optional.empty();
        }
        for (Position p : provincial) {
            if (p.provinceId().equals(province.id())) {
                return Optional.empty();
            }
            String title = p.title() == null ? "" : Text.fold(p.title());
            if (province.predecessors().stream().anyMatch(name -> title.endsWith(" " + Text.fold(name)))) {
                return Optional.empty();
            }
        }
        Position shown = provincial.get(provincial.size() - 1);
        return Optional.of(new HostProblem(person.protocolName(), shown.title(),
                provinceNames.getOrDefault(shown.provinceId(), shown.provinceId()), province.nameVi()));
    }
}
