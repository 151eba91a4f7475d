package vn.partyreview.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.partyreview.grading.rules.SubjectType;

public interface CampaignSubjectRepository extends JpaRepository<CampaignSubject, Long> {

    Optional<CampaignSubject> findByCampaignIdAndSubjectTypeAndSubjectCode(String campaignId, SubjectType subjectType,
                                                                           String subjectCode);

    List<CampaignSubject> findByCampaignIdAndSubjectTypeAndOrganizationCodeAndStatusOrderBySubjectCode(
            String campaignId, SubjectType subjectType, String organizationCode, SubjectStatus status);

    List<CampaignSubject> findByCampaignIdAndSubjectTypeAndOrganizationCodeOrderBySubjectCode(
            String campaignId, SubjectType subjectType, String organizationCode);

    List<CampaignSubject> findByCampaignIdOrderBySubjectTypeAscSubjectCodeAsc(String campaignId);

    /** The subject in every campaign that included it (codes are stable across years). */
    List<CampaignSubject> findBySubjectTypeAndSubjectCode(SubjectType subjectType, String subjectCode);
}
