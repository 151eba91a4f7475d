package vn.partyreview.subjects;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.partyreview.grading.rules.SubjectType;

public interface CampaignSubjectRepository extends JpaRepository<CampaignSubject, Long> {

    Optional<CampaignSubject> findByCampaignIdAndSubjectTypeAndSubjectCode(String campaignId, SubjectType subjectType,
                                                                           String subjectCode);

    List<CampaignSubject> findByCampaignIdAndSubjectTypeAndOrganizationCodeOrderBySubjectCode(
            String campaignId, SubjectType subjectType, String organizationCode);

    /** The subject's row, locked until the transaction ends: a cell's rounds and meeting are settled one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CampaignSubject s where s.campaignId = ?1 and s.subjectType = ?2 and s.subjectCode = ?3")
    Optional<CampaignSubject> lock(String campaignId, SubjectType subjectType, String subjectCode);

    List<CampaignSubject> findByCampaignIdAndSubjectTypeAndOrganizationCodeAndCellRoundOrderBySubjectCode(
            String campaignId, SubjectType subjectType, String organizationCode, Integer cellRound);

    List<CampaignSubject> findByCampaignIdOrderBySubjectTypeAscSubjectCodeAsc(String campaignId);

    /** The subject in every campaign that included it (codes are stable across years). */
    List<CampaignSubject> findBySubjectTypeAndSubjectCode(SubjectType subjectType, String subjectCode);
}
