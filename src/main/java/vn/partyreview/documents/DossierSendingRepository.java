package vn.partyreview.documents;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierSendingRepository extends JpaRepository<DossierSending, Long> {

    Optional<DossierSending> findByCampaignIdAndOrgCode(String campaignId, String orgCode);
}
