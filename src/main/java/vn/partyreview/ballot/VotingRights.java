package vn.partyreview.ballot;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;

/**
 * Only full members vote (Điều lệ Đảng; SPEC §6 counts "full members"): a probationary member (đảng viên dự bị) is
 * left off the roll, so gets no ballot and is not in the denominator, whoever put them on the caller's list. Read
 * from the member records at the moment of use.
 */
@Component
class VotingRights {

    private final PartyMemberRepository members;

    VotingRights(PartyMemberRepository members) {
        this.members = members;
    }

    /** The summoned accounts that may vote, in the caller's order. */
    List<String> voters(Collection<String> summoned) {
        Set<String> withoutVote = members.findByUserIdIn(summoned).stream().filter(member -> !member.hasVote())
                .map(PartyMember::getUserId).collect(Collectors.toSet());
        return summoned.stream().filter(userId -> !withoutVote.contains(userId)).toList();
    }
}
