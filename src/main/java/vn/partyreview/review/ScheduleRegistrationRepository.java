package vn.partyreview.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScheduleRegistrationRepository extends JpaRepository<ScheduleRegistration, Long> {

    Optional<ScheduleRegistration> findByCampaignIdAndOrgCode(String campaignId, String orgCode);

    List<ScheduleRegistration> findByCampaignIdOrderByOrgCode(String campaignId);
}
