package vn.partyreview.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.partyreview.grading.rules.SubjectType;

interface FormRecordRepository extends JpaRepository<FormRecord, Long> {

    List<FormRecord> findByCampaignIdAndSubjectTypeAndSubjectCodeOrderByIdAsc(String campaignId, SubjectType type,
                                                                             String subjectCode);

    List<FormRecord> findByCampaignIdAndSubjectTypeAndSubjectCodeAndKindOrderByIdAsc(String campaignId,
                                                                                    SubjectType type,
                                                                                    String subjectCode, String kind);

    List<FormRecord> findByCampaignIdOrderByIdAsc(String campaignId);
}
