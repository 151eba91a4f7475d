package vn.partyreview.results;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.partyreview.grading.rules.SubjectType;

interface RewardProposalRepository extends JpaRepository<RewardProposal, Long> {

    List<RewardProposal> findByCampaignIdOrderById(String campaignId);

    boolean existsByCampaignIdAndSubjectTypeAndSubjectCode(String campaignId, SubjectType subjectType,
                                                           String subjectCode);
}
