package vn.partyreview.grading.points;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.partyreview.grading.rules.SubjectType;

interface SelfScoringRecordRepository extends JpaRepository<SelfScoringRecord, Long> {

    Optional<SelfScoringRecord> findFirstByCampaignIdAndSubjectTypeAndSubjectCodeOrderByIdDesc(String campaignId,
            SubjectType subjectType, String subjectCode);
}
