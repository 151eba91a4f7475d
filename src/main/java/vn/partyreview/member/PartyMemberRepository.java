package vn.partyreview.member;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.partyreview.organization.Organization;

public interface PartyMemberRepository extends JpaRepository<PartyMember, Long> {

    Optional<PartyMember> findByUserId(String userId);

    List<PartyMember> findByCodeIn(Collection<String> codes);

    List<PartyMember> findByUserIdIn(Collection<String> userIds);

    List<PartyMember> findByOfficialCell(Organization cell);
}
