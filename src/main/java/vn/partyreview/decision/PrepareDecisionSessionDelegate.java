package vn.partyreview.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.process.JsonVariables;

/**
 * Step "Văn phòng lập, thẩm định danh sách": the subjects the standards grade, each with its ceiling and the reasons,
 * its brief and the levels a voter may choose (none above the ceiling); the body's members summoned; the ballot's
 * deadline counted from now, so a group that is late still gets its full time to vote.
 */
@Component("prepareDecisionSession")
class PrepareDecisionSessionDelegate implements JavaDelegate {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final Map<SubjectType, String> WHAT = Map.of(
            SubjectType.MEMBER, "đảng viên",
            SubjectType.PARTY_ORGANIZATION, "tổ chức đảng",
            SubjectType.LEADERSHIP_COLLECTIVE, "tập thể lãnh đạo, quản lý",
            SubjectType.LEADER, "cán bộ lãnh đạo, quản lý");

    private final DecisionSessions sessions;
    private final DecisionBodies bodies;
    private final SessionVoters voters;
    private final JsonVariables json;
    private final Duration votingTime;
    private final OrganizationRepository organizations;

    PrepareDecisionSessionDelegate(DecisionSessions sessions, DecisionBodies bodies, SessionVoters voters,
                                   ObjectMapper mapper, OrganizationRepository organizations,
                                   @Value("${partyreview.decision.voting-time:P7D}") Duration votingTime) {
        this.sessions = sessions;
        this.bodies = bodies;
        this.voters = voters;
        this.json = new JsonVariables(mapper);
        this.votingTime = votingTime;
        this.organizations = organizations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaignId = (String) execution.getVariable(DecisionSessionProcess.CAMPAIGN_ID);
        String subjectType = (String) execution.getVariable(DecisionSessionProcess.SUBJECT_TYPE);
        List<String> ids = bodies.ids(execution.getVariable(DecisionSessionProcess.SUBJECT_IDS));
        List<DecisionSessions.Listed> listed = sessions.list(campaignId, subjectType, ids);
        execution.setVariable(DecisionSessionProcess.HAS_SUBJECTS, !listed.isEmpty());
        if (listed.isEmpty()) {
            return;
        }
        String body = bodies.group(campaignId, subjectType, ids);
        String orgCode = (String) execution.getVariable(DecisionSessionProcess.ORG_CODE);
        // the sheet and the chair's form name the organisation, not its code
        execution.setVariable(SecretBallot.TITLE, "Xét, quyết định xếp loại chất lượng "
                + WHAT.get(SubjectType.valueOf(subjectType)) + " - "
                + organizations.findByCode(orgCode).map(Organization::getName).orElse(orgCode));
        execution.setVariable(SecretBallot.SUBJECTS, json.spin(listed.stream().map(this::ballotSubject).toList()));
        // a JSON-serialised list, as the cell's ballot passes its voters
        execution.setVariable(SecretBallot.VOTERS, Variables.objectValue(new ArrayList<>(voters.of(body)))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        execution.setVariable(SecretBallot.DEADLINE, ClockUtil.getCurrentTime().toInstant().plus(votingTime)
                .atOffset(VIETNAM).toString());
    }

    /** The secret ballot's subject row, with what the ballot sheet shows beside it. */
    private Map<String, Object> ballotSubject(DecisionSessions.Listed subject) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", subject.subjectId());
        row.put("name", subject.name());
        row.put("allowedLevels", allowedUpTo(subject.ceiling()));
        row.put("ceilingLevel", subject.ceiling().name());
        row.put("ceilingReasons", subject.ceilingReasons());
        row.put("brief", subject.brief() + "; mức tối đa theo tiêu chuẩn: " + subject.ceiling().label()
                + (subject.ceilingReasons().isEmpty() ? "" : " (" + String.join("; ", subject.ceilingReasons()) + ")"));
        return row;
    }

    private static List<String> allowedUpTo(Level ceiling) {
        List<String> allowed = new ArrayList<>();
        Arrays.stream(Level.values()).filter(ceiling::isAtLeast).forEach(level -> allowed.add(level.name()));
        return allowed;
    }
}
