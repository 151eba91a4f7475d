package vn.partyreview.campaign;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.collective.LeadershipCollective;
import vn.partyreview.collective.LeadershipCollectiveRepository;
import vn.partyreview.identity.GroupRole;
import vn.partyreview.member.PartyMember;
import vn.partyreview.organization.BodyKind;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBody;
import vn.partyreview.organization.PartyBodyRepository;

/**
 * Who grades the leadership collectives and leaders of one committee's level, and in which order [P II.3.4, II.4]:
 * the government, MTTQ and mass-organisation collectives before the committee, the leaders after their unit.
 */
@Service
@Transactional(readOnly = true)
public class LeadershipAssignments {

    private final OrganizationRepository organizations;
    private final PartyBodyRepository bodies;
    private final LeadershipCollectiveRepository collectives;
    private final LevelLeaders leaders;

    public LeadershipAssignments(OrganizationRepository organizations, PartyBodyRepository bodies,
                                 LeadershipCollectiveRepository collectives, LevelLeaders leaders) {
        this.organizations = organizations;
        this.bodies = bodies;
        this.collectives = collectives;
        this.leaders = leaders;
    }

    /** Collectives of the non-party bodies of the committee's level graded before the committee, by code. */
    public List<String> collectivesBeforeCommittee(Organization committee) {
        return bodyCollectives(committee).map(LeadershipCollective::getCode).sorted().toList();
    }

    /** Every leader of the level ({@link LevelLeaders}), heads first, by member code. */
    public List<String> leadersOfLevel(Organization committee) {
        return leaders.of(committee.getCode()).stream().map(LevelLeaders.LevelLeader::memberCode).toList();
    }

    /** The leaders of the level graded under the same title as {@code memberCode}: one quota group, one session. */
    public List<String> equivalentLeaders(String orgCode, String memberCode) {
        LeaderTitle title = leaders.find(orgCode, memberCode).title();
        return leaders.of(orgCode).stream().filter(leader -> leader.title() == title)
                .map(LevelLeaders.LevelLeader::memberCode).toList();
    }

    public CollectiveAssignment forCollective(String collectiveCode, String orgCode) {
        LeadershipCollective collective = collectives.findByCode(collectiveCode)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy tập thể lãnh đạo " + collectiveCode));
        PartyMember head = collective.getHead();
        if (head == null) {
            throw new IllegalStateException("Tập thể " + collectiveCode + " chưa có người đứng đầu");
        }
        String unitGroup = collective.getBody() != null
                ? GroupRole.LEADERS.groupOf(collective.getBody().getCode())
                : GroupRole.COMMITTEE.groupOf(collective.getOrganization().getCode());
        return new CollectiveAssignment(collective.getName(), head.getUserId(), unitGroup,
                decidingGroup(orgCode), orgCode + "/LEADERSHIP_COLLECTIVE");
    }

    /**
     * A leader of the level, from the posts on record: decided by the body that manages his title
     * ({@link LeaderTitle#managedAbove()}), with the leaders of equivalent title of the level as quota group.
     */
    public LeaderAssignment forLeader(String orgCode, String memberCode) {
        LeaderTitle title = leaders.find(orgCode, memberCode).title();
        Organization level = organization(orgCode);
        Organization deciding = title.managedAbove() ? ReviewAssignments.superior(level) : level;
        return new LeaderAssignment(title.managedAbove() ? ReviewAssignments.decidingGroup(level)
                : decidingGroup(orgCode), deciding.getCode(), orgCode + "/LEADER/" + title.name());
    }

    /** The party committee of the level decides: the standing committee at the district, the committee below. */
    private String decidingGroup(String orgCode) {
        Organization org = organization(orgCode);
        return (org.getKind() == OrganizationKind.DISTRICT_COMMITTEE ? GroupRole.STANDING : GroupRole.COMMITTEE)
                .groupOf(orgCode);
    }

    private Organization organization(String orgCode) {
        return organizations.findByCode(orgCode)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy tổ chức đảng " + orgCode));
    }

    private Stream<LeadershipCollective> bodyCollectives(Organization committee) {
        List<PartyBody> graded = bodies.findByOrganization(committee).stream()
                .filter(body -> body.getKind().gradedBeforeCommittee()).toList();
        return graded.isEmpty() ? Stream.empty() : collectives.findByBodyIn(graded).stream();
    }

    /**
     * @param headUserId  the head, who self-assesses for the collective
     * @param unitGroup   the unit's leaders (a body) or committee (an organisation), told of the result
     * @param quotaGroup  the 20% quota group: collectives of one level
     */
    public record CollectiveAssignment(String collectiveName, String headUserId, String unitGroup,
                                       String decidingGroup, String quotaGroup) {
    }

    /**
     * @param decidingOrgCode the organisation whose body decides
     * @param quotaGroup      the 20% quota group: leaders of equivalent title of one level
     */
    public record LeaderAssignment(String decidingGroup, String decidingOrgCode, String quotaGroup) {
    }
}
