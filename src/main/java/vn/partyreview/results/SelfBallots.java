package vn.partyreview.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.ballot.BallotBox;
import vn.partyreview.ballot.BallotResult;
import vn.partyreview.ballot.BallotSession;
import vn.partyreview.ballot.BallotSubject;
import vn.partyreview.ballot.BallotTally;
import vn.partyreview.grading.rules.SubjectType;

/**
 * The organisation's self-grading votes as the ballot box counted them: recorded after each session, read by the
 * model's gateway ({@code ${selfBallots.held(campaignId, orgCode)}}), the results and the deciding body's brief.
 */
@Service("selfBallots")
@Transactional
public class SelfBallots {

    private static final TypeReference<Map<String, Integer>> VOTES = new TypeReference<>() { };

    private final OrganizationSelfBallotRepository ballots;
    private final BallotBox box;
    private final BallotTally tally;
    private final ObjectMapper mapper;

    SelfBallots(OrganizationSelfBallotRepository ballots, BallotBox box, BallotTally tally, ObjectMapper mapper) {
        this.ballots = ballots;
        this.box = box;
        this.tally = tally;
        this.mapper = mapper;
    }

    /** Stores the counted session once; refuses a session that is not this organisation's vote on itself. */
    public void record(String campaignId, String orgCode, String sessionId) {
        if (ballots.existsBySessionId(sessionId)) {
            return;
        }
        BallotSession session = box.session(sessionId).orElseThrow(() -> new IllegalStateException(
                "Không có phiên bỏ phiếu " + sessionId));
        if (!orgCode.equals(session.organizationCode())
                || !box.subjects(sessionId).stream().map(BallotSubject::id).toList().equals(List.of(orgCode))) {
            throw new IllegalStateException("Phiên bỏ phiếu " + sessionId + " không phải phiên tự xếp loại của "
                    + orgCode);
        }
        Optional<BallotResult.SubjectResult> counted = tally.result(session).subjects().stream().findFirst()
                .filter(subject -> session.held());
        Map<String, Integer> votes = new LinkedHashMap<>();
        counted.ifPresent(subject -> subject.votes().forEach((level, count) -> votes.put(level.name(), count)));
        ballots.save(new OrganizationSelfBallot(campaignId, orgCode, sessionId, session.held(), write(votes),
                counted.map(BallotResult.SubjectResult::level).orElse(null), ClockUtil.getCurrentTime().toInstant()));
    }

    /** Whether the organisation's latest session was held (the minimum attendance was reached). */
    @Transactional(readOnly = true)
    public boolean held(String campaignId, String orgCode) {
        return sessions(campaignId, orgCode).stream().findFirst().map(OrganizationSelfBallot::isHeld).orElse(false);
    }

    /** Per organisation code: its latest held session, or its latest session when none was held. */
    @Transactional(readOnly = true)
    Map<String, SubjectResult.SelfBallot> ofCampaign(String campaignId) {
        // groupingBy keeps each group in the order of the list: the latest first
        return ballots.findByCampaignIdOrderByIdDesc(campaignId).stream().collect(Collectors.groupingBy(
                OrganizationSelfBallot::getSubjectCode, Collectors.collectingAndThen(Collectors.toList(),
                        sessions -> view(shown(sessions)))));
    }

    /** What the deciding body reads on the organisation's line; "—" before any session. */
    @Transactional(readOnly = true)
    public String brief(String campaignId, String orgCode) {
        List<OrganizationSelfBallot> sessions = sessions(campaignId, orgCode);
        if (sessions.isEmpty()) {
            return "—";
        }
        OrganizationSelfBallot shown = shown(sessions);
        if (!shown.isHeld()) {
            return "không đủ số lượng tham dự";
        }
        String counts = votes(shown).entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
        return (shown.getLevel() == null ? "không mức nào đạt đa số" : shown.getLevel().label())
                + " (" + counts + ")";
    }

    private List<OrganizationSelfBallot> sessions(String campaignId, String orgCode) {
        return ballots.findByCampaignIdAndSubjectTypeAndSubjectCodeOrderByIdDesc(campaignId,
                SubjectType.PARTY_ORGANIZATION, orgCode);
    }

    /** @param sessions the latest first */
    private static OrganizationSelfBallot shown(List<OrganizationSelfBallot> sessions) {
        return sessions.stream().filter(OrganizationSelfBallot::isHeld).findFirst().orElse(sessions.get(0));
    }

    private SubjectResult.SelfBallot view(OrganizationSelfBallot ballot) {
        return new SubjectResult.SelfBallot(ballot.getSessionId(), votes(ballot), ballot.isHeld(), ballot.getLevel());
    }

    private Map<String, Integer> votes(OrganizationSelfBallot ballot) {
        try {
            return mapper.readValue(ballot.getVotesJson(), VOTES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Map<String, Integer> votes) {
        try {
            return mapper.writeValueAsString(votes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
