package vn.partyreview.subjects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.rules.GradingFacts;
import vn.partyreview.grading.rules.GradingRuleSet;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.identity.GroupRole;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.member.Position;
import vn.partyreview.member.PositionHolders;
import vn.partyreview.member.PositionRole;
import vn.partyreview.organization.BodyKind;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.organization.PartyBody;

/** Derives, from the organisation tree and positions, who does each campaign task (SPEC §3, seeds' II.1.4–2.4). */
@Service
@Transactional(readOnly = true)
public class ReviewAssignments {

    private static final int MONTHS_AT_PREVIOUS_CELL = 6;

    private final OrganizationRepository organizations;
    private final PartyBodyRepository bodies;
    private final PartyMemberRepository members;
    private final PositionHolders holders;
    private final LeadershipAssignments leadership;

    public ReviewAssignments(OrganizationRepository organizations, PartyBodyRepository bodies,
                             PartyMemberRepository members, PositionHolders holders,
                             LeadershipAssignments leadership) {
        this.organizations = organizations;
        this.bodies = bodies;
        this.members = members;
        this.holders = holders;
        this.leadership = leadership;
    }

    public OrganizationAssignment forOrganization(String orgCode) {
        Organization org = organization(orgCode);
        Organization superior = superior(org);
        Organization basicOrganization = org.getKind() == OrganizationKind.CELL ? superior : org;
        return new OrganizationAssignment(
                org.getName(),
                org.getKind().isCell(),
                head(org).getUserId(),
                GroupRole.COMMITTEE.groupOf(orgCode),
                GroupRole.INSPECTION.groupOf(superior.getCode()),
                decidingGroup(org),
                appraisingGroup(org),
                GroupRole.SUPERVISOR.groupOf(superior.getCode()),
                quotaGroup(org),
                opinionBodyCodes(org),
                organizations.findByParent(org).stream().map(Organization::getCode).sorted().toList(),
                org.getKind().isCell()
                        ? members.findByOfficialCell(org).stream().map(PartyMember::getCode).sorted().toList()
                        : List.of(),
                GroupRole.COMMITTEE.groupOf(basicOrganization.getCode()),
                basicOrganization.getCode() + "/MEMBER",
                org.getKind().isCell() ? List.of() : leadership.collectivesBeforeCommittee(org),
                leadership.ownCollectives(org),
                org.getKind().isCell() ? List.of() : leadership.leadersOfLevel(org));
    }

    /** The organisation's code once it is known to exist in our records. */
    public String organizationCode(String orgCode) {
        return organization(orgCode).getCode();
    }

    /** The user who heads (bí thư) the organisation. */
    public String headUserId(String orgCode) {
        return head(organization(orgCode)).getUserId();
    }

    /** Gives the in-depth review suggestions: the superior's inspection committee. */
    public String inspectionGroup(String orgCode) {
        return GroupRole.INSPECTION.groupOf(superior(organization(orgCode)).getCode());
    }

    /** Decides the organisation's level: the district standing committee for basic organisations, else the committee above. */
    public String decidingGroup(String orgCode) {
        return decidingGroup(organization(orgCode));
    }

    /** Compiles and appraises for the deciding group. */
    public String appraisingGroup(String orgCode) {
        return appraisingGroup(organization(orgCode));
    }

    /** Watches the organisation's progress one level up (the root watches itself). */
    public String supervisorGroup(String orgCode) {
        return GroupRole.SUPERVISOR.groupOf(superior(organization(orgCode)).getCode());
    }

    /** Whether the organisation's superior is in the system: the root of the tree reports outside it. */
    public boolean hasSuperior(String orgCode) {
        return organization(orgCode).getParent() != null;
    }

    /**
     * The related bodies giving opinions on the organisation (step 2): those of the deciding level [H II.1.5 B2].
     * None for the root of the tree: the provincial subjects giving theirs are outside the system, and its own
     * HĐND, UBND and MTTQ are not above it [H II.1.4a].
     */
    public List<String> opinionBodyCodes(String orgCode) {
        return opinionBodyCodes(organization(orgCode));
    }

    private List<String> opinionBodyCodes(Organization org) {
        if (org.getParent() == null) {
            return List.of();
        }
        return bodies.findByOrganization(org.getParent()).stream()
                .filter(body -> body.getKind() != BodyKind.PUBLIC_UNIT)
                .map(PartyBody::getCode).sorted().toList();
    }

    /** The 20% quota group of the organisation: the organisations under the same superior. */
    public String quotaGroup(String orgCode) {
        return quotaGroup(organization(orgCode));
    }

    /** The 20% quota group of a cell's members: one basic party organisation. */
    public String memberQuotaGroup(String cellCode) {
        return basicOrganizationCode(cellCode) + "/MEMBER";
    }

    /** The basic party organisation a cell belongs to: itself unless it is a cell under a committee. */
    public String basicOrganizationCode(String cellCode) {
        Organization cell = organization(cellCode);
        return (cell.getKind() == OrganizationKind.CELL ? superior(cell) : cell).getCode();
    }

    /** Decides the levels of a cell's members: the basic organisation's committee. */
    public String memberDecidingGroup(String cellCode) {
        Organization cell = organization(cellCode);
        Organization basic = cell.getKind() == OrganizationKind.CELL ? superior(cell) : cell;
        return GroupRole.COMMITTEE.groupOf(basic.getCode());
    }

    static String decidingGroup(Organization org) {
        Organization superior = superior(org);
        return (districtAbove(superior) ? GroupRole.STANDING : GroupRole.COMMITTEE).groupOf(superior.getCode());
    }

    private static String appraisingGroup(Organization org) {
        Organization superior = superior(org);
        return (districtAbove(superior) ? GroupRole.ORGANIZING : GroupRole.OFFICE).groupOf(superior.getCode());
    }

    private static String quotaGroup(Organization org) {
        return superior(org).getCode() + "/PARTY_ORGANIZATION";
    }

    /** The root of the tree has no superior in the system: its own bodies act for it. */
    static Organization superior(Organization org) {
        return org.getParent() != null ? org.getParent() : org;
    }

    private static boolean districtAbove(Organization superior) {
        return superior.getKind() == OrganizationKind.DISTRICT_COMMITTEE;
    }

    /**
     * @param gradedAsOf the day the rule set's admission rule is checked against
     * @param rules      the campaign's rule set, which alone says who is graded
     */
    public MemberAssignment forMember(String memberCode, LocalDate gradedAsOf, GradingRuleSet rules) {
        PartyMember member = members.findByCodeIn(List.of(memberCode)).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy đảng viên " + memberCode));
        Organization cell = member.getOfficialCell();
        boolean reviewed = member.getStatus() == MemberStatus.ACTIVE
                || member.getStatus() == MemberStatus.COMMITTEE_SUSPENDED;
        return new MemberAssignment(
                member.getFullName(),
                member.getUserId(),
                cell.getCode(),
                reviewed,
                reviewed && rules.notGradedReasons(SubjectType.MEMBER, standing(member, gradedAsOf)).isEmpty(),
                member.isCivilServant(),
                agencyHeadGroup(member),
                member.getResidenceCell() == null ? null
                        : GroupRole.COMMITTEE.groupOf(member.getResidenceCell().getCode()),
                chairFor(member, cell).getUserId(),
                GroupRole.COMMITTEE.groupOf(cell.getCode()),
                member.getTemporaryCell() == null ? null
                        : GroupRole.COMMITTEE.groupOf(member.getTemporaryCell().getCode()),
                previousCellCommentNeeded(member, gradedAsOf.getYear()) ? member.getPreviousCell() : null);
    }

    private static GradingFacts standing(PartyMember member, LocalDate at) {
        MemberStatus status = member.getStatus();
        return GradingFacts.standing(BigDecimal.valueOf(member.monthsSinceAdmission(at)), status == MemberStatus.EXEMPT,
                status == MemberStatus.SUSPENDED, status == MemberStatus.COMMITTEE_SUSPENDED);
    }

    /**
     * A member transferred in during the year under review after 6 months or more at the previous cell in that
     * year: the receiving cell must have the previous cell's comment [P II.6].
     */
    private static boolean previousCellCommentNeeded(PartyMember member, int year) {
        LocalDate transferred = member.getTransferredInOn();
        if (transferred == null || member.getPreviousCell() == null || transferred.getYear() != year) {
            return false;
        }
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate since = member.getAdmittedOn().isAfter(yearStart) ? member.getAdmittedOn() : yearStart;
        return Period.between(since, transferred).toTotalMonths() >= MONTHS_AT_PREVIOUS_CELL;
    }

    /** The office keeping an organisation's records: its own; a cell has none, its superior's office keeps them. */
    public String officeGroup(String orgCode) {
        Organization org = organization(orgCode);
        return GroupRole.OFFICE.groupOf((org.getKind().isCell() ? superior(org) : org).getCode());
    }

    /** The member who heads the organisation: its secretary. */
    public String headMemberCode(String orgCode) {
        return head(organization(orgCode)).getCode();
    }

    /** The head of the body where the member works; for an agency cell (school, police) its committee. */
    private static String agencyHeadGroup(PartyMember member) {
        return member.getPositions().stream()
                .filter(position -> position.getRole().scope() == PositionRole.Scope.BODY)
                .map(Position::getUnitCode)
                .findFirst()
                .map(GroupRole.HEAD::groupOf)
                .orElse(GroupRole.COMMITTEE.groupOf(member.getOfficialCell().getCode()));
    }

    /** The head's own review is chaired by a deputy [P I.4.2]. */
    private PartyMember chairFor(PartyMember member, Organization cell) {
        PartyMember head = head(cell);
        if (!head.getCode().equals(member.getCode())) {
            return head;
        }
        return holders.holding(cell.getCode(), PositionRole.DEPUTY_SECRETARY).stream().findFirst().orElse(head);
    }

    private PartyMember head(Organization org) {
        return holders.holding(org.getCode(), PositionRole.SECRETARY).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Tổ chức " + org.getName() + " (" + org.getCode()
                        + ") chưa có Bí thư: cập nhật danh sách cán bộ"));
    }

    private Organization organization(String code) {
        return organizations.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy tổ chức đảng " + code));
    }
}
