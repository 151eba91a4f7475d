package vn.partyreview.decision;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRequestRepository extends JpaRepository<DecisionRequest, Long> {

    @Query("select r from DecisionRequest r where r.group = ?1 and r.sessionProcessId is null order by r.id")
    List<DecisionRequest> pending(DecisionGroupState group);

    @Query("select distinct r.unitCode from DecisionRequest r where r.group = ?1")
    Set<String> unitsThatAsked(DecisionGroupState group);

    @Query("select r from DecisionRequest r where r.sessionProcessId = ?1 order by r.id")
    List<DecisionRequest> inSession(String sessionProcessId);

    @Query("select r from DecisionRequest r where r.waitingProcessId = ?1 and r.answeredAt is null")
    List<DecisionRequest> unanswered(String waitingProcessId);
}
