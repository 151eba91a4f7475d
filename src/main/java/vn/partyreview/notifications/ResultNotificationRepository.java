package vn.partyreview.notifications;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultNotificationRepository extends JpaRepository<ResultNotification, Long> {

    List<ResultNotification> findByCampaignId(String campaignId);

    List<ResultNotification> findByRecipientInOrderByCreatedAtDesc(Collection<String> recipients);
}
