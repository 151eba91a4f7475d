package vn.partyreview.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.facts.SubjectFacts;
import vn.partyreview.grading.GradingDecision;
import vn.partyreview.grading.rules.SubjectType;

/** Every subject of a campaign with its level, from the subjects, decisions and lateness stored per subject. */
@Service
@Transactional(readOnly = true)
public class CampaignResults {

    private static final TypeReference<Map<String, Integer>> VOTES = new TypeReference<>() { };

    private final CampaignRepository campaigns;
    private final CampaignSubjectRepository subjects;
    private final CampaignDecisions decisions;
    private final SubjectLatenessRepository lateness;
    private final CampaignSubjects gradingInput;
    private final SubjectFacts recordedFacts;
    private final SelfBallots selfBallots;
    private final ObjectMapper mapper;

    public CampaignResults(CampaignRepository campaigns, CampaignSubjectRepository subjects,
                           CampaignDecisions decisions, SubjectLatenessRepository lateness,
                           CampaignSubjects gradingInput, SubjectFacts recordedFacts, SelfBallots selfBallots,
                           ObjectMapper mapper) {
        this.gradingInput = gradingInput;
        this.selfBallots = selfBallots;
        this.recordedFacts = recordedFacts;
        this.mapper = mapper;
        this.campaigns = campaigns;
        this.subjects = subjects;
        this.decisions = decisions;
        this.lateness = lateness;
    }

    /** Empty when there is no such campaign. */
    public Optional<List<SubjectResult>> of(long campaignId) {
        if (!campaigns.existsById(campaignId)) {
            return Optional.empty();
        }
        String id = String.valueOf(campaignId);
        Map<String, GradingDecision> decided = decisions.findByCampaignIdAndCancelledFalse(id).stream()
                .collect(Collectors.toMap(decision -> key(decision.getSubjectType().name(), decision.getSubjectId()),
                        Function.identity()));
        Map<String, List<SubjectResult.Cancelled>> cancelled = decisions
                .findByCampaignIdAndCancelledTrueOrderByDecidedAtAsc(id).stream()
                .collect(Collectors.groupingBy(decision -> key(decision.getSubjectType().name(),
                        decision.getSubjectId()), Collectors.mapping(CampaignResults::cancelled, Collectors.toList())));
        Map<String, List<String>> late = lateness.findByCampaignId(id).stream()
                .collect(Collectors.groupingBy(record -> key(record.getSubjectType().name(), record.getSubjectCode()),
                        Collectors.mapping(SubjectLateness::getStage, Collectors.toList())));
        Map<String, SubjectResult.SelfBallot> selfVotes = selfBallots.ofCampaign(id);
        return Optional.of(subjects.findByCampaignIdOrderBySubjectTypeAscSubjectCodeAsc(id).stream()
                .map(subject -> {
                    String key = key(subject.getSubjectType().name(), subject.getSubjectCode());
                    GradingDecision decision = decided.get(key);
                    return new SubjectResult(subject.getSubjectType(), subject.getSubjectCode(),
                            subject.getSubjectName(), subject.getOrganizationCode(), subject.getStatus(),
                            subject.getSelfLevel(), subject.getCommitteeLevel(), subject.getBallotLevel(),
                            decision == null ? null : decision.getLevel(),
                            decision == null ? null : decision.getLevel().label(),
                            decision == null ? null : decision.getDecidedBy(),
                            decision == null ? null : decision.getDecidedAt(),
                            late.getOrDefault(key, List.of()),
                            facts(id, subject),
                            recordedFacts.entries(id, subject.getSubjectType(), subject.getSubjectCode()),
                            session(decision),
                            cancelled.getOrDefault(key, List.of()),
                            subject.getSubjectType() == SubjectType.PARTY_ORGANIZATION
                                    ? selfVotes.get(subject.getSubjectCode()) : null);
                })
                .toList());
    }

    private JsonNode facts(String campaignId, CampaignSubject subject) {
        try {
            return mapper.readTree(gradingInput.facts(campaignId, subject.getSubjectType().name(),
                    subject.getSubjectCode()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SubjectResult.Decision session(GradingDecision decision) {
        if (decision == null || decision.getSessionId() == null) {
            return null;
        }
        try {
            Map<String, Integer> votes = mapper.readValue(decision.getVotesJson(), VOTES);
            return new SubjectResult.Decision(decision.getSessionId(), decision.getDecidedBy(), votes,
                    decision.getConfirmedBy(), decision.getDecidedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SubjectResult.Cancelled cancelled(GradingDecision decision) {
        return new SubjectResult.Cancelled(decision.getSessionId(), decision.getLevel(), decision.getLevel().label(),
                decision.getDecidedBy(), decision.getDecidedAt(), decision.getCancelReasons(),
                decision.getCancelledBy(), decision.getCancelledAt());
    }

    private static String key(String type, String code) {
        return type + "/" + code;
    }
}
