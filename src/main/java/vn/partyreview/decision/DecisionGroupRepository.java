package vn.partyreview.decision;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DecisionGroupRepository extends JpaRepository<DecisionGroupState, Long> {

    /** The group's row, locked until the transaction ends: requests and sessions of one group go one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from DecisionGroupState g where g.campaignId = ?1 and g.quotaGroup = ?2")
    Optional<DecisionGroupState> lock(String campaignId, String quotaGroup);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from DecisionGroupState g where g.id = ?1")
    Optional<DecisionGroupState> lock(Long id);
}
