package vn.partyreview.decision;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.identity.GroupRole;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PositionHolders;
import vn.partyreview.member.PositionRole;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.process.JsonVariables;
import vn.partyreview.process.ProcessLists;

/**
 * The inputs of the organisation's self-grading vote [P II.1.5 B1, H II.1.5 B1], read from the records when the
 * ballot is called ({@code ${selfBallotSheet.voters(orgCode)}}): the organisation is the only subject, its committee
 * votes. A committee of a đảng bộ always votes; a chi bộ has a chi ủy only where a chi ủy viên is on record (a chi bộ
 * under 9 full members elects only a bí thư and phó bí thư), otherwise all its full members vote.
 */
@Component("selfBallotSheet")
@Transactional(readOnly = true)
public class SelfBallotSheet {

    /** The positions that make a member one of the committee ({@code <org>.committee}). */
    private static final List<PositionRole> COMMITTEE_ROLES = Arrays.stream(PositionRole.values())
            .filter(role -> GroupRole.forPosition(role).contains(GroupRole.COMMITTEE)).toList();

    private final OrganizationRepository organizations;
    private final PositionHolders holders;
    private final CellBallots cellBallots;
    private final JsonVariables json;

    SelfBallotSheet(OrganizationRepository organizations, PositionHolders holders, CellBallots cellBallots,
                    JsonVariables json) {
        this.organizations = organizations;
        this.holders = holders;
        this.cellBallots = cellBallots;
        this.json = json;
    }

    public String title(String orgCode) {
        return "Biểu quyết tự xếp loại chất lượng - " + organization(orgCode).getName();
    }

    /**
     * One row, the organisation, with every level: the seeds have the committee choose "01 trong 04 mức" and the
     * ceiling is the competent body's to enforce at the decision, where it is computed from the facts recorded
     * after this vote (subordinates' levels, targets met); narrowing here would use facts not yet known.
     */
    public TypedValue subjects(String orgCode) {
        return json.spin(List.of(Map.of("id", orgCode, "name", organization(orgCode).getName())));
    }

    /** Full members only (a probationary member has no vote), in activity: suspended from the committee excluded. */
    public ObjectValue voters(String orgCode) {
        if (organization(orgCode).getKind().isCell()
                && holders.holding(orgCode, PositionRole.COMMITTEE_MEMBER).isEmpty()) {
            return ProcessLists.of(cellBallots.voters(orgCode));
        }
        return ProcessLists.of(holders.holdingAny(orgCode, COMMITTEE_ROLES).stream()
                .filter(member -> member.getStatus() == MemberStatus.ACTIVE && member.hasVote())
                .map(PartyMember::getUserId).sorted().toList());
    }

    private Organization organization(String orgCode) {
        return organizations.findByCode(orgCode)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy tổ chức đảng " + orgCode));
    }
}
