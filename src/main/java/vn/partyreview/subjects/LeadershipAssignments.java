package vn.partyreview.subjects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.collective.CollectiveKind;
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
 * Which leadership collectives a committee's level grades, who decides each and with which others, and in which
 * order [H II.3, P II.3.4, II.4]: the collectives of the level's bodies and of its cells before the committee, the
 * committee's own collective right after it, the heads after their unit.
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

    /**
     * Collectives graded at the committee's level before the committee, by code: those of its bodies (HĐND, UBND,
     * MTTQ, mass organisations, advisory bodies, departments and public units) and those of the cells under it
     * (chi ủy), whose levels are decided by then.
     */
    public List<String> collectivesBeforeCommittee(Organization committee) {
        List<Organization> cells = organizations.findByParent(committee).stream()
                .filter(org -> org.getKind().isCell()).toList();
        return Stream.concat(bodyCollectives(committee, kind -> true),
                        cells.isEmpty() ? Stream.empty() : collectives.findByOrganizationIn(cells).stream())
                .map(LeadershipCollective::getCode).sorted().toList();
    }

    /** The committee's own collectives (BCH đảng ủy, BTV): graded after the committee, never above it. */
    public List<String> ownCollectives(Organization committee) {
        return committee.getKind().isCell() ? List.of()
                : collectives.findByOrganization(committee).stream().map(LeadershipCollective::getCode).sorted()
                .toList();
    }

    /** Every leader graded at the level ({@link #gradedLeaders}), heads first, by member code. */
    public List<String> leadersOfLevel(Organization committee) {
        return gradedLeaders(committee).map(LevelLeaders.LevelLeader::memberCode).toList();
    }

    /** The leaders graded at the level under the same title as {@code memberCode}: one quota group, one session. */
    public List<String> equivalentLeaders(String orgCode, String memberCode) {
        LeaderTitle title = leaders.find(orgCode, memberCode).title();
        Organization level = organization(orgCode);
        return gradedLeaders(level).filter(leader -> leader.title() == title)
                .filter(leader -> decidedInSystem(level, leader))
                .map(LevelLeaders.LevelLeader::memberCode).toList();
    }

    /**
     * The leaders of the level ({@link LevelLeaders}) but those who also lead a committee below (a ward secretary on
     * the district committee): reviewed in every place they lead, they are graded once, at the lower level, by the
     * body that manages that post [P II.6: one who holds several posts is reviewed in each, the competent body
     * decides his level]; the campaign has one leader result per person.
     */
    private Stream<LevelLeaders.LevelLeader> gradedLeaders(Organization committee) {
        Set<String> gradedBelow = organizations.findByParent(committee).stream()
                .filter(child -> !child.getKind().isCell())
                .flatMap(child -> leaders.of(child.getCode()).stream()).map(LevelLeaders.LevelLeader::memberCode)
                .collect(Collectors.toSet());
        return leaders.of(committee.getCode()).stream().filter(leader -> !gradedBelow.contains(leader.memberCode()));
    }

    /**
     * Who acts for the collective, all read from its own record: the level the campaign grades it at ({@code orgCode})
     * does not change who decides it.
     */
    public CollectiveAssignment forCollective(String collectiveCode, String orgCode) {
        LeadershipCollective collective = collective(collectiveCode);
        PartyMember head = collective.getHead();
        if (head == null) {
            throw new IllegalStateException("Tập thể " + collectiveCode + " chưa có người đứng đầu");
        }
        String unitGroup = collective.getBody() != null
                ? GroupRole.LEADERS.groupOf(collective.getBody().getCode())
                : GroupRole.COMMITTEE.groupOf(collective.getOrganization().getCode());
        Organization deciding = decidingOrganization(collective);
        return new CollectiveAssignment(collective.getName(), head.getUserId(), unitGroup,
                decidingGroup(collective, deciding), CollectiveKind.of(collective).quotaGroup(deciding.getCode()),
                deciding.getCode());
    }

    /**
     * The collectives decided in one session with this one: the same kind, decided by the same body, leading a unit
     * of the campaign; by code.
     */
    public List<String> decidedTogether(String collectiveCode, Predicate<Organization> inCampaign) {
        LeadershipCollective collective = collective(collectiveCode);
        CollectiveKind kind = CollectiveKind.of(collective);
        Organization deciding = decidingOrganization(collective);
        List<Organization> around = new ArrayList<>(organizations.findByParent(deciding));
        around.add(deciding);
        return Stream.concat(bodyCollectives(deciding, body -> true), collectives.findByOrganizationIn(around).stream())
                .filter(other -> CollectiveKind.of(other) == kind)
                .filter(other -> decidingOrganization(other).getCode().equals(deciding.getCode()))
                .filter(other -> inCampaign.test(unitOrganization(other)))
                .map(LeadershipCollective::getCode).distinct().sorted().toList();
    }

    /** Compiles and appraises for the deciding body: the district's organising board, the UBND's leaders, the office. */
    public String appraisingGroup(String collectiveCode) {
        LeadershipCollective collective = collective(collectiveCode);
        Organization deciding = decidingOrganization(collective);
        if (CollectiveKind.of(collective) == CollectiveKind.PUBLIC_UNIT_LEADERSHIP) {
            return decidingGroup(collective, deciding);
        }
        return (deciding.getKind() == OrganizationKind.DISTRICT_COMMITTEE ? GroupRole.ORGANIZING : GroupRole.OFFICE)
                .groupOf(deciding.getCode());
    }

    /** Suggests what the collective reviews in depth: the inspection committee of the deciding level. */
    public String inspectionGroup(String collectiveCode) {
        return GroupRole.INSPECTION.groupOf(decidingOrganization(collective(collectiveCode)).getCode());
    }

    /**
     * Related bodies giving opinions [P II.3.5 B2]: on a ward's MTTQ standing board and mass organisations, the
     * same body one level up (the district's MTTQ, or the mass organisation of the same code prefix, e.g.
     * {@code CCB-LONGBIEN} for {@code CCB-GIANGBIEN}), when it is in the records; nobody on the others.
     */
    public List<String> opinionBodyCodes(String collectiveCode) {
        PartyBody body = collective(collectiveCode).getBody();
        if (body == null || body.getOrganization().getParent() == null
                || (body.getKind() != BodyKind.MTTQ_STANDING && body.getKind() != BodyKind.MASS_ORGANIZATION)) {
            return List.of();
        }
        return bodies.findByOrganization(body.getOrganization().getParent()).stream()
                .filter(above -> above.getKind() == body.getKind())
                .filter(above -> body.getKind() == BodyKind.MTTQ_STANDING
                        || codePrefix(above.getCode()).equals(codePrefix(body.getCode())))
                .map(PartyBody::getCode).sorted().toList();
    }

    /**
     * A leader of the level, from the posts on record: decided by the body that manages his title
     * ({@link LeaderTitle#managedAbove()}), with the leaders of equivalent title of the level as quota group. When
     * that body is the standing committee above a root with no superior in the system, nobody inside decides: his
     * result is sent up ({@link LeaderAssignment#decidedInSystem()}).
     */
    public LeaderAssignment forLeader(String orgCode, String memberCode) {
        LevelLeaders.LevelLeader leader = leaders.find(orgCode, memberCode);
        LeaderTitle title = leader.title();
        Organization level = organization(orgCode);
        Organization deciding = title.managedAbove() ? ReviewAssignments.superior(level) : level;
        return new LeaderAssignment(title.managedAbove() ? ReviewAssignments.decidingGroup(level)
                : committeeDeciding(level), deciding.getCode(), orgCode + "/LEADER/" + title.name(),
                decidedInSystem(level, leader));
    }

    /**
     * The one rule [SPEC §14, H C.4]: a leader one of whose posts the standing committee above the level manages is
     * decided outside the system when the level is the root of the tree (a district's: by BTV Tỉnh/Thành ủy).
     */
    private static boolean decidedInSystem(Organization level, LevelLeaders.LevelLeader leader) {
        return !(leader.managedAboveTheLevel() && level.getParent() == null);
    }

    /** The body that decides [H II.3.4]: the UBND's leaders for its units, else the deciding level's committee. */
    private String decidingGroup(LeadershipCollective collective, Organization deciding) {
        if (CollectiveKind.of(collective) != CollectiveKind.PUBLIC_UNIT_LEADERSHIP) {
            return committeeDeciding(deciding);
        }
        return bodies.findByOrganization(deciding).stream()
                .filter(body -> body.getKind() == BodyKind.UBND_LEADERSHIP)
                .min(Comparator.comparing(PartyBody::getCode))
                .map(body -> GroupRole.LEADERS.groupOf(body.getCode()))
                .orElseThrow(() -> new IllegalStateException("Cấp " + deciding.getName()
                        + " chưa có Ủy ban nhân dân trong hồ sơ để quyết định xếp loại " + collective.getName()));
    }

    /** The party committee of a level decides: the standing committee at the district, the committee below. */
    private static String committeeDeciding(Organization org) {
        return (org.getKind() == OrganizationKind.DISTRICT_COMMITTEE ? GroupRole.STANDING : GroupRole.COMMITTEE)
                .groupOf(org.getCode());
    }

    /** The level whose body decides the collective. */
    private static Organization decidingOrganization(LeadershipCollective collective) {
        if (collective.getBody() != null) {
            return collective.getBody().getOrganization();
        }
        Organization led = collective.getOrganization();
        return switch (CollectiveKind.of(collective)) {
            case CELL_COMMITTEE, BASIC_COMMITTEE -> led.getParent() != null ? led.getParent() : led;
            default -> led;
        };
    }

    /** The party organisation the collective's unit belongs to: the one it leads, or its body's. */
    private static Organization unitOrganization(LeadershipCollective collective) {
        return collective.getBody() != null ? collective.getBody().getOrganization() : collective.getOrganization();
    }

    private static String codePrefix(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }

    private Stream<LeadershipCollective> bodyCollectives(Organization org, Predicate<BodyKind> kinds) {
        List<PartyBody> graded = bodies.findByOrganization(org).stream()
                .filter(body -> kinds.test(body.getKind())).toList();
        return graded.isEmpty() ? Stream.empty() : collectives.findByBodyIn(graded).stream();
    }

    private LeadershipCollective collective(String collectiveCode) {
        return collectives.findByCode(collectiveCode)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy tập thể lãnh đạo " + collectiveCode));
    }

    private Organization organization(String orgCode) {
        return organizations.findByCode(orgCode)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy tổ chức đảng " + orgCode));
    }

    /**
     * @param headUserId         the head, who self-assesses for the collective
     * @param unitGroup          the unit's leaders (a body) or committee (an organisation), told of the result
     * @param quotaGroup         the 20% quota group: collectives of one kind decided by one body
     * @param decidingOrgCode    the level whose body decides
     */
    public record CollectiveAssignment(String collectiveName, String headUserId, String unitGroup,
                                       String decidingGroup, String quotaGroup, String decidingOrgCode) {
    }

    /**
     * @param decidingOrgCode the organisation whose body decides
     * @param quotaGroup      the 20% quota group: leaders of equivalent title of one level
     * @param decidedInSystem false when the body managing the post is above the root, outside the system: the
     *                        leader's result goes up and the deciding group and organisation (the root's own) only
     *                        send it
     */
    public record LeaderAssignment(String decidingGroup, String decidingOrgCode, String quotaGroup,
                                   boolean decidedInSystem) {
    }
}
