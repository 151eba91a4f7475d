package vn.partyreview.subjects;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.member.PositionHolders;
import vn.partyreview.member.PositionRole;
import vn.partyreview.organization.OrganizationRepository;

/**
 * Who acts in a leader's review at his level ({@code leader-review.bpmn}), read from the records when each task is
 * created: {@code ${leaderReviews.userOf(leaderCode)}}, {@code ${leaderReviews.chairUser(orgCode, leaderCode,
 * reviewPlaceCode)}}.
 */
@Component("leaderReviews")
@Transactional(readOnly = true)
public class LeaderReviews {

    private final LevelLeaders leaders;
    private final PositionHolders holders;
    private final PartyMemberRepository people;
    private final OrganizationRepository organizations;

    LeaderReviews(LevelLeaders leaders, PositionHolders holders, PartyMemberRepository people,
                  OrganizationRepository organizations) {
        this.leaders = leaders;
        this.holders = holders;
        this.people = people;
        this.organizations = organizations;
    }

    /** The leader's own login, party member or not. */
    public String userOf(String leaderCode) {
        return people.findByCodeIn(List.of(leaderCode)).stream().findFirst().map(PartyMember::getUserId)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy cán bộ " + leaderCode));
    }

    /**
     * Chairs the leader's review before the collective of {@code placeCode}, which must be one of his places on
     * record: the head of the place; for the head himself a deputy [P I.4.2 "Khi kiểm điểm người đứng đầu thì phân
     * công đồng chí cấp phó chủ trì"], else a deputy secretary of the level, its secretary, the secretary above.
     */
    public String chairUser(String orgCode, String leaderCode, String placeCode) {
        if (!leaders.find(orgCode, leaderCode).reviewPlaces().contains(placeCode)) {
            throw new IllegalStateException("Đồng chí " + leaderCode + " không kiểm điểm tại " + placeCode);
        }
        boolean organization = organizations.findByCode(placeCode).isPresent();
        List<PartyMember> heads = organization ? holders.holding(placeCode, PositionRole.SECRETARY)
                : holders.holdingInBody(placeCode, PositionRole.BODY_HEAD);
        List<PartyMember> chairs = new ArrayList<>();
        if (heads.stream().noneMatch(head -> head.getCode().equals(leaderCode))) {
            chairs.addAll(heads);
        }
        chairs.addAll(organization ? holders.holding(placeCode, PositionRole.DEPUTY_SECRETARY)
                : holders.holdingInBody(placeCode, PositionRole.BODY_DEPUTY));
        chairs.addAll(holders.holding(orgCode, PositionRole.DEPUTY_SECRETARY));
        chairs.addAll(holders.holding(orgCode, PositionRole.SECRETARY));
        organizations.findByCode(orgCode).map(ReviewAssignments::superior)
                .ifPresent(above -> chairs.addAll(holders.holding(above.getCode(), PositionRole.SECRETARY)));
        return chairs.stream().filter(chair -> !chair.getCode().equals(leaderCode)).findFirst()
                .map(PartyMember::getUserId)
                .orElseThrow(() -> new IllegalStateException("Không có ai chủ trì kiểm điểm đồng chí " + leaderCode
                        + " tại " + placeCode));
    }
}
