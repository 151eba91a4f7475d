package vn.partyreview.campaign;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.partyreview.organization.Organization;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    Optional<Campaign> findByYearAndRootOrganization(int year, Organization rootOrganization);
}
