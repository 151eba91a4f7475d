package vn.partyreview.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.collective.LeadershipCollective;
import vn.partyreview.collective.LeadershipCollectiveRepository;
import vn.partyreview.grading.GradingDecision;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.member.PositionRole;
import vn.partyreview.organization.BodyKind;
import vn.partyreview.organization.PartyBody;
import vn.partyreview.results.CampaignDecisions;

/**
 * The ceilings a leadership collective and a leader inherit from what is already decided [P II.3.3, II.4]: a
 * collective is never above its unit, a head never above the unit or collective he heads.
 */
@Service
@Transactional(readOnly = true)
class LeadershipFacts {

    private final LeadershipCollectiveRepository collectives;
    private final CampaignDecisions decisions;
    private final PartyMemberRepository people;

    public LeadershipFacts(LeadershipCollectiveRepository collectives, CampaignDecisions decisions,
                           PartyMemberRepository people) {
        this.collectives = collectives;
        this.decisions = decisions;
        this.people = people;
    }

    /** {@code unitLevel} when the collective leads a party organisation whose level is decided. */
    public Optional<Level> unitLevel(String campaignId, String collectiveCode) {
        LeadershipCollective collective = collectives.findByCode(collectiveCode).orElseThrow();
        if (collective.getOrganization() == null) {
            return Optional.empty();
        }
        return lowestDecided(campaignId, SubjectType.PARTY_ORGANIZATION,
                List.of(collective.getOrganization().getCode()));
    }

    /** The members of the collective, its head included, by member code. */
    public Set<String> memberCodes(String collectiveCode) {
        LeadershipCollective collective = collectives.findByCode(collectiveCode).orElseThrow();
        Set<String> codes = new TreeSet<>();
        collective.getMembers().forEach(member -> codes.add(member.getCode()));
        if (collective.getHead() != null) {
            codes.add(collective.getHead().getCode());
        }
        return codes;
    }

    /**
     * {@code headedUnitLevel}: the lowest level decided for what the member heads: a collective he heads or its unit,
     * an organisation whose secretary he is, a body he chairs (its collectives) [P II.4].
     */
    public Optional<Level> headedUnitLevel(String campaignId, String memberCode) {
        List<LeadershipCollective> headed = new ArrayList<>(collectives.findByHeadCode(memberCode));
        Set<String> organizationCodes = new TreeSet<>();
        List<PartyBody> chaired = new ArrayList<>();
        people.findByCodeIn(List.of(memberCode)).forEach(person -> person.getPositions().forEach(post -> {
            if (post.getRole() == PositionRole.SECRETARY) {
                organizationCodes.add(post.getOrganization().getCode());
            } else if (post.getRole() == PositionRole.BODY_HEAD) {
                chaired.add(post.getBody());
            }
        }));
        if (!chaired.isEmpty()) {
            headed.addAll(collectives.findByBodyIn(chaired));
        }
        headed.stream().filter(collective -> collective.getOrganization() != null)
                .forEach(collective -> organizationCodes.add(collective.getOrganization().getCode()));
        return Stream.of(
                        lowestDecided(campaignId, SubjectType.LEADERSHIP_COLLECTIVE,
                                headed.stream().map(LeadershipCollective::getCode).distinct().toList()),
                        lowestDecided(campaignId, SubjectType.PARTY_ORGANIZATION, organizationCodes))
                .flatMap(Optional::stream).reduce(Level::lower);
    }

    /**
     * The facts a committee's grading takes from the collectives of the non-party bodies of its level, decided
     * before it [P II.1.4]: {@code governmentLevel} (HĐND standing and UBND leadership, the lower),
     * {@code mttqLevel}, and {@code massOrganizationLevels}; a body not yet decided gives no fact.
     */
    public void putSameLevelBodies(Map<String, Object> facts, String campaignId, Collection<PartyBody> bodies) {
        Map<BodyKind, List<String>> codesByKind = collectives.findByBodyIn(bodies).stream()
                .collect(Collectors.groupingBy(collective -> collective.getBody().getKind(),
                        Collectors.mapping(LeadershipCollective::getCode, Collectors.toList())));
        putLevel(facts, "governmentLevel", Stream.of(BodyKind.HDND_STANDING, BodyKind.UBND_LEADERSHIP)
                .map(kind -> lowestDecided(campaignId, SubjectType.LEADERSHIP_COLLECTIVE,
                        codesByKind.getOrDefault(kind, List.of())))
                .flatMap(Optional::stream).reduce(Level::lower));
        putLevel(facts, "mttqLevel", lowestDecided(campaignId, SubjectType.LEADERSHIP_COLLECTIVE,
                codesByKind.getOrDefault(BodyKind.MTTQ_STANDING, List.of())));
        List<String> massLevels = decidedLevels(campaignId, SubjectType.LEADERSHIP_COLLECTIVE,
                codesByKind.getOrDefault(BodyKind.MASS_ORGANIZATION, List.of())).stream().map(Level::name).toList();
        if (!massLevels.isEmpty()) {
            facts.put("massOrganizationLevels", massLevels);
        }
    }

    private Optional<Level> lowestDecided(String campaignId, SubjectType type, Collection<String> codes) {
        return decidedLevels(campaignId, type, codes).stream().reduce(Level::lower);
    }

    private List<Level> decidedLevels(String campaignId, SubjectType type, Collection<String> codes) {
        return decisions.findByCampaignIdAndCancelledFalse(campaignId).stream()
                .filter(decision -> decision.getSubjectType() == type && codes.contains(decision.getSubjectId()))
                .map(GradingDecision::getLevel).toList();
    }

    /** Puts {@code name} into the facts when the level is known; an absent fact does not count (SPEC §5). */
    static void putLevel(Map<String, Object> facts, String name, Optional<Level> level) {
        level.ifPresent(value -> facts.put(name, value.name()));
    }
}
