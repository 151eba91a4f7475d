package vn.partyreview.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The results told to the signed-in user: as a subject, and as a manager through their groups [P II.6]. */
@RestController
@RequestMapping("/api/notifications")
class NotificationsController {

    record Notification(String campaignId, String subjectType, String subjectCode, String recipient,
                        String message, Instant createdAt) {
    }

    private final ResultNotificationRepository notifications;
    private final IdentityService identityService;

    NotificationsController(ResultNotificationRepository notifications, IdentityService identityService) {
        this.notifications = notifications;
        this.identityService = identityService;
    }

    @GetMapping
    List<Notification> mine() {
        Authentication user = identityService.getCurrentAuthentication();
        List<String> recipients = new ArrayList<>(user.getGroupIds());
        recipients.add(user.getUserId());
        return notifications.findByRecipientInOrderByCreatedAtDesc(recipients).stream()
                .map(n -> new Notification(n.getCampaignId(), n.getSubjectType().name(), n.getSubjectCode(),
                        n.getRecipient(), n.getMessage(), n.getCreatedAt()))
                .toList();
    }
}
