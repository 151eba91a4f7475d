package vn.partyreview.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.campaign.CampaignRepository;
import vn.partyreview.facts.SubjectFacts;
import vn.partyreview.grading.DecisionSubjects.DecisionSubject;
import vn.partyreview.grading.GradingDecision;
import vn.partyreview.grading.SubjectCeiling;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjectRepository;

/**
 * Every subject of a campaign as SPEC §12 lists it, from the subjects, decisions, ballots and lateness stored per
 * subject. The grading input and ceiling come from {@link SubjectCeiling}, the code decision sessions use, so a row
 * shows what the grading API answers for its own {@code ruleSet}, {@code criteria}, {@code scores} and {@code facts}.
 */
@Service
@Transactional(readOnly = true)
public class CampaignResults {

    private static final TypeReference<Map<String, Integer>> VOTES = new TypeReference<>() { };

    private final CampaignRepository campaigns;
    private final CampaignSubjectRepository subjects;
    private final CampaignDecisions decisions;
    private final SubjectLatenessRepository lateness;
    private final SubjectCeiling ceiling;
    private final BallotVotes ballotVotes;
    private final SubjectFacts recordedFacts;
    private final SelfBallots selfBallots;
    private final ObjectMapper mapper;

    CampaignResults(CampaignRepository campaigns, CampaignSubjectRepository subjects, CampaignDecisions decisions,
                    SubjectLatenessRepository lateness, SubjectCeiling ceiling, BallotVotes ballotVotes,
                    SubjectFacts recordedFacts, SelfBallots selfBallots, ObjectMapper mapper) {
        this.campaigns = campaigns;
        this.subjects = subjects;
        this.decisions = decisions;
        this.lateness = lateness;
        this.ceiling = ceiling;
        this.ballotVotes = ballotVotes;
        this.recordedFacts = recordedFacts;
        this.selfBallots = selfBallots;
        this.mapper = mapper;
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
        Map<String, Map<String, Map<String, Integer>>> cellBallots = new HashMap<>();
        return Optional.of(subjects.findByCampaignIdOrderBySubjectTypeAscSubjectCodeAsc(id).stream()
                .map(subject -> {
                    String key = key(subject.getSubjectType().name(), subject.getSubjectCode());
                    GradingDecision decision = decided.get(key);
                    SubjectCeiling.Evaluated evaluated = ceiling.evaluateSoFar(id, subject.getSubjectType().name(),
                            subject.getSubjectCode());
                    DecisionSubject input = evaluated.subject();
                    GradingResult result = evaluated.result() != null ? evaluated.result()
                            : new GradingResult(true, null, List.of(), null, List.of());   // not scored yet
                    return new SubjectResult(subject.getSubjectType(), subject.getSubjectCode(),
                            subject.getSubjectName(), subject.getOrganizationCode(),
                            ResultStatus.of(subject, decision != null),
                            subject.getSelfLevel(), subject.getCommitteeLevel(), subject.getBallotLevel(),
                            decision == null ? null : decision.getLevel(),
                            decision == null ? null : decision.getLevel().label(),
                            decision == null ? null : decision.getDecidedBy(),
                            decision == null ? null : decision.getDecidedAt(),
                            late.getOrDefault(key, List.of()),
                            tree(input.factsJson(), "{}"),
                            recordedFacts.entries(id, subject.getSubjectType(), subject.getSubjectCode()),
                            session(decision),
                            input.ruleSet(),
                            tree(input.criteriaJson(), "[]"),
                            input.scoresJson() == null ? null : tree(input.scoresJson(), "{}"),
                            result.maxLevel(),
                            result.reasons(),
                            result.score(),
                            result.waivable(),
                            input.quotaGroup(),
                            input.outstanding(),
                            cellBallot(subject, cellBallots),
                            cancelled.getOrDefault(key, List.of()),
                            subject.getSubjectType() == SubjectType.PARTY_ORGANIZATION
                                    ? selfVotes.get(subject.getSubjectCode()) : null);
                })
                .toList());
    }

    /** The member's cell ballot with its votes, each closed session counted once per call. */
    private SubjectResult.CellBallot cellBallot(CampaignSubject subject,
                                                Map<String, Map<String, Map<String, Integer>>> counted) {
        String sessionId = subject.getCellBallotSessionId();
        if (sessionId == null) {
            return null;
        }
        Map<String, Integer> votes = counted.computeIfAbsent(sessionId, ballotVotes::of)
                .getOrDefault(subject.getSubjectCode(), Map.of());
        return new SubjectResult.CellBallot(sessionId, votes, subject.getBallotLevel());
    }

    private JsonNode tree(String json, String absent) {
        try {
            return mapper.readTree(json == null ? absent : json);
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
