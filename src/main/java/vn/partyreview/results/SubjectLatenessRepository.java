package vn.partyreview.results;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubjectLatenessRepository extends JpaRepository<SubjectLateness, Long> {

    List<SubjectLateness> findByCampaignId(String campaignId);
}
