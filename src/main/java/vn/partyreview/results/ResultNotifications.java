package vn.partyreview.results;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.grading.GradingDecision;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.identity.GroupRole;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.notifications.ResultNotification;
import vn.partyreview.notifications.ResultNotificationRepository;

/** Tells each graded subject and its managers the decided level, and a result cancelled to decide again [P II.6]. */
@Service
@Transactional
public class ResultNotifications {

    private final ResultNotificationRepository notifications;
    private final CampaignDecisions decisions;
    private final PartyMemberRepository members;
    private final SubjectRecipients recipients;

    ResultNotifications(ResultNotificationRepository notifications, CampaignDecisions decisions,
                        PartyMemberRepository members, SubjectRecipients recipients) {
        this.notifications = notifications;
        this.decisions = decisions;
        this.members = members;
        this.recipients = recipients;
    }

    /** The subject's latest cancelled result, with the reasons, told to the subject and its managers. */
    public void notifyCancelled(String campaignId, String subjectType, String subjectCode) {
        SubjectType type = SubjectType.valueOf(subjectType);
        Optional<GradingDecision> cancelled = decisions
                .findByCampaignIdAndSubjectTypeAndSubjectIdAndCancelledTrueOrderByCancelledAtDesc(campaignId, type,
                        subjectCode).stream().findFirst();
        if (cancelled.isEmpty()) {
            return;
        }
        SubjectRecipients.Recipients to = recipients.of(campaignId, type, subjectCode);
        String message = "Kết quả xếp loại chất lượng của %s (%s) đã bị hủy để xếp loại lại. Lý do: %s".formatted(
                subjectCode, cancelled.get().getLevel().label(), cancelled.get().getCancelReasons());
        Instant now = ClockUtil.getCurrentTime().toInstant();
        notifications.save(new ResultNotification(campaignId, type, subjectCode, to.subject(), message, now));
        notifications.save(new ResultNotification(campaignId, type, subjectCode, to.managers(), message, now));
    }

    /** The subject's result in force, once decided again, told to the subject and its managers. */
    public void notifyCurrent(String campaignId, String subjectType, String subjectCode) {
        SubjectType type = SubjectType.valueOf(subjectType);
        SubjectRecipients.Recipients to = recipients.of(campaignId, type, subjectCode);
        notifyDecided(campaignId, type, List.of(subjectCode), code -> to.subject(), to.managers());
    }

    /** Each member (as a user) and the cell committee that manages them. */
    public void notifyMembers(String campaignId, Collection<String> memberCodes, String managerGroup) {
        Map<String, String> userIds = members.findByCodeIn(memberCodes).stream()
                .collect(Collectors.toMap(PartyMember::getCode, PartyMember::getUserId));
        notifyDecided(campaignId, SubjectType.MEMBER, memberCodes, userIds::get, managerGroup);
    }

    /** The organisation's committee and the committee above that decided. */
    public void notifyOrganization(String campaignId, String orgCode, String managerGroup) {
        notifyDecided(campaignId, SubjectType.PARTY_ORGANIZATION, List.of(orgCode),
                GroupRole.COMMITTEE::groupOf, managerGroup);
    }

    /** The collective's unit (its leaders or committee) and the committee that decided. */
    public void notifyCollective(String campaignId, String collectiveCode, String unitGroup, String managerGroup) {
        notifyDecided(campaignId, SubjectType.LEADERSHIP_COLLECTIVE, List.of(collectiveCode), code -> unitGroup,
                managerGroup);
    }

    /** The leader (as a user) and the committee that decided. */
    public void notifyLeader(String campaignId, String memberCode, String managerGroup) {
        Map<String, String> userIds = members.findByCodeIn(List.of(memberCode)).stream()
                .collect(Collectors.toMap(PartyMember::getCode, PartyMember::getUserId));
        notifyDecided(campaignId, SubjectType.LEADER, List.of(memberCode), userIds::get, managerGroup);
    }

    private void notifyDecided(String campaignId, SubjectType type, Collection<String> codes,
                               Function<String, String> subjectRecipient, String managerGroup) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        decisions.findByCampaignIdAndCancelledFalse(campaignId).stream()
                .filter(decision -> decision.getSubjectType() == type && codes.contains(decision.getSubjectId()))
                .forEach(decision -> {
                    String message = message(decision);
                    notifications.save(new ResultNotification(campaignId, type, decision.getSubjectId(),
                            subjectRecipient.apply(decision.getSubjectId()), message, now));
                    notifications.save(new ResultNotification(campaignId, type, decision.getSubjectId(),
                            managerGroup, message, now));
                });
    }

    private static String message(GradingDecision decision) {
        return "Kết quả xếp loại chất lượng của %s: %s.".formatted(decision.getSubjectId(),
                decision.getLevel().label());
    }
}
