package vn.partyreview.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.partyreview.grading.rules.SubjectType;

public interface SubjectOpinionRepository extends JpaRepository<SubjectOpinion, Long> {

    List<SubjectOpinion> findByCampaignIdAndSubjectTypeAndSubjectCode(String campaignId, SubjectType subjectType,
                                                                      String subjectCode);
}
