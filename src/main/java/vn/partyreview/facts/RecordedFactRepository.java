package vn.partyreview.facts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.partyreview.grading.rules.SubjectType;

interface RecordedFactRepository extends JpaRepository<RecordedFact, Long> {

    List<RecordedFact> findByCampaignIdAndSubjectTypeAndSubjectCodeOrderById(String campaignId,
                                                                             SubjectType subjectType,
                                                                             String subjectCode);
}
