package vn.partyreview.member;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.partyreview.organization.Organization;

public interface PartyMemberRepository extends JpaRepository<PartyMember, Long> {

    Optional<PartyMember> findByUserId(String userId);

    List<PartyMember> findByCodeIn(Collection<String> codes);

    List<PartyMember> findByUserIdIn(Collection<String> userIds);

    List<PartyMember> findByOfficialCell(Organization cell);

    /** Members with everything identity sync needs, in one query. */
    @EntityGraph(attributePaths = {"officialCell", "positions", "positions.organization", "positions.body"})
    @Query("select m from PartyMember m where m.id in :ids")
    List<PartyMember> findWithPositionsByIdIn(Collection<Long> ids);
}
