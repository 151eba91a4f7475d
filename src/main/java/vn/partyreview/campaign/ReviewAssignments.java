package vn.partyreview.campaign;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.identity.GroupRole;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.member.Position;
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

    private static final int MONTHS_BEFORE_GRADED = 6;

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
        Organization parent = org.getParent();
        // the root of the tree has no superior in the system: its own bodies act for it
        Organization superior = parent != null ? parent : org;
        boolean districtAbove = superior.getKind() == OrganizationKind.DISTRICT_COMMITTEE;
        Organization basicOrganization = org.getKind() == OrganizationKind.CELL ? superior : org;
        return new OrganizationAssignment(
                org.getName(),
                org.getKind().isCell(),
                head(org).getUserId(),
                GroupRole.COMMITTEE.groupOf(orgCode),
                GroupRole.INSPECTION.groupOf(superior.getCode()),
                (districtAbove ? GroupRole.STANDING : GroupRole.COMMITTEE).groupOf(superior.getCode()),
                (districtAbove ? GroupRole.ORGANIZING : GroupRole.OFFICE).groupOf(superior.getCode()),
                GroupRole.SUPERVISOR.groupOf(superior.getCode()),
                superior.getCode() + "/PARTY_ORGANIZATION",
                bodies.findByOrganization(superior).stream()
                        .filter(body -> body.getKind() != BodyKind.PUBLIC_UNIT)
                        .map(PartyBody::getCode).sorted().toList(),
                organizations.findByParent(org).stream().map(Organization::getCode).sorted().toList(),
                org.getKind().isCell()
                        ? members.findByOfficialCell(org).stream().map(PartyMember::getCode).sorted().toList()
                        : List.of(),
                GroupRole.COMMITTEE.groupOf(basicOrganization.getCode()),
                basicOrganization.getCode() + "/MEMBER",
                org.getKind().isCell() ? List.of() : leadership.collectivesBeforeCommittee(org),
                org.getKind().isCell() ? List.of() : leadership.leadersOfLevel(org));
    }

    /** @param gradedAsOf the day the 6-month admission rule is checked against */
    public MemberAssignment forMember(String memberCode, LocalDate gradedAsOf) {
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
                reviewed && member.monthsSinceAdmission(gradedAsOf) >= MONTHS_BEFORE_GRADED,
                member.isCivilServant(),
                agencyHeadGroup(member),
                member.getResidenceCell() == null ? null
                        : GroupRole.COMMITTEE.groupOf(member.getResidenceCell().getCode()),
                chairFor(member, cell).getUserId(),
                GroupRole.COMMITTEE.groupOf(cell.getCode()));
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
                .orElseThrow(() -> new IllegalStateException("Tổ chức " + org.getCode() + " chưa có bí thư"));
    }

    private Organization organization(String code) {
        return organizations.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy tổ chức đảng " + code));
    }
}
