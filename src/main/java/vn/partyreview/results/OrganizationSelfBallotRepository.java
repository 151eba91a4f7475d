package vn.partyreview.results;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.partyreview.grading.rules.SubjectType;

interface OrganizationSelfBallotRepository extends JpaRepository<OrganizationSelfBallot, Long> {

    /** An organisation's sessions, the latest first. */
    List<OrganizationSelfBallot> findByCampaignIdAndSubjectTypeAndSubjectCodeOrderByIdDesc(String campaignId,
                                                                                          SubjectType subjectType,
                                                                                          String subjectCode);

    /** Every organisation's sessions, the latest first. */
    List<OrganizationSelfBallot> findByCampaignIdOrderByIdDesc(String campaignId);

    boolean existsBySessionId(String sessionId);
}
