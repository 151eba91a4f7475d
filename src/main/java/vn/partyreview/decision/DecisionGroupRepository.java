package vn.partyreview.decision;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Groups are locked through {@code DecisionRequests.lock}, which reads the row afresh under the lock. */
interface DecisionGroupRepository extends JpaRepository<DecisionGroupState, Long> {

    @Query("select g from DecisionGroupState g where g.campaignId = ?1 and g.quotaGroup = ?2")
    Optional<DecisionGroupState> find(String campaignId, String quotaGroup);
}
