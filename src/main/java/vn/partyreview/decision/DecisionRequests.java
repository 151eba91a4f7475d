package vn.partyreview.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.partyreview.process.JsonVariables;

/**
 * Convenes the decision sessions of a group across the process instances that wait for them (SPEC §11): each unit
 * asks once its subjects are ready and waits at "Chờ phiên xét"; the body meets once every unit of the group has
 * asked, or when a waiting unit's deadline passes, over everyone ready; whoever comes after the group has met is
 * decided in the next session, as soon as the current one ends. The answer is the message {@value
 * DecisionSessionProcess#DECIDED_MESSAGE} to each waiting process once all its subjects are decided.
 */
@Component("decisionRequests")
public class DecisionRequests {

    private static final TypeReference<List<String>> IDS = new TypeReference<>() { };

    private final DecisionGroups groups;
    private final DecisionGroupRepository groupStates;
    private final DecisionRequestRepository requests;
    private final RuntimeService runtime;
    private final DecisionBodies bodies;
    private final ObjectMapper mapper;
    private final JsonVariables json;
    private final TransactionTemplate alone;
    private final EntityManager entities;
    private final IdentityService identity;

    DecisionRequests(DecisionGroups groups, DecisionGroupRepository groupStates, DecisionRequestRepository requests,
                     RuntimeService runtime, DecisionBodies bodies, ObjectMapper mapper,
                     PlatformTransactionManager transactions, EntityManager entities,
                     IdentityService identity) {
        this.groups = groups;
        this.groupStates = groupStates;
        this.requests = requests;
        this.runtime = runtime;
        this.bodies = bodies;
        this.mapper = mapper;
        this.json = new JsonVariables(mapper);
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.entities = entities;
        this.identity = identity;
    }

    /** Step "Đưa vào danh sách xét" for one subject: an organisation, a collective or a leader. */
    @Transactional
    public void request(DelegateExecution execution, String subjectType, String subjectCode) {
        ask(execution, subjectType, subjectCode, List.of(subjectCode));
    }

    /**
     * Step "Đưa vào danh sách xét" for a cell's members.
     *
     * @param subjectIds the graded members, a JSON list as the cell's ballot keeps it
     */
    @Transactional
    public void requestFor(DelegateExecution execution, String subjectType, String unitCode, Object subjectIds) {
        ask(execution, subjectType, unitCode, bodies.ids(subjectIds));
    }

    /** A waiting unit's deadline has passed: the body meets now over everyone ready. */
    @Transactional
    public void conveneDue(DelegateExecution execution) {
        requests.unanswered(execution.getProcessInstanceId()).stream().map(DecisionRequest::group).distinct()
                .forEach(group -> convene(lock(group)));
    }

    /**
     * Last step of a session: its requests answered, each waiting process told once all its subjects are decided,
     * and the next session convened for whoever came meanwhile. A session not convened here (a re-grading) has none.
     */
    @Transactional
    public void release(DelegateExecution execution) {
        List<DecisionRequest> answered = requests.inSession(execution.getProcessInstanceId());
        if (answered.isEmpty()) {
            return;
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        answered.forEach(request -> request.answered(now));
        requests.flush();
        DecisionGroupState group = lock(answered.get(0).group());
        group.sessionEnded();
        answered.stream().map(DecisionRequest::waitingProcessId).distinct()
                .filter(waiting -> requests.unanswered(waiting).isEmpty())
                .forEach(this::tell);
        convene(group);
    }

    /**
     * Tells a waiting process that its subjects are decided. The job executor runs the session's job as the
     * session's tenant (the deciding body's organisation), with tenant checks on, while the waiting unit is in its own
     * tenant: correlated as such, the message would find nobody and be lost without a word. So the application
     * correlates without that authentication, and a process still running that is not waiting is an error.
     */
    private void tell(String waiting) {
        Authentication job = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            boolean told = !runtime.createMessageCorrelation(DecisionSessionProcess.DECIDED_MESSAGE)
                    .processInstanceId(waiting).correlateAllWithResult().isEmpty();
            if (!told && runtime.createProcessInstanceQuery().processInstanceId(waiting).count() > 0) {
                throw new IllegalStateException("Process " + waiting + " asked for a decision but does not wait for it");
            }
        } finally {
            if (job != null) {
                identity.setAuthentication(job);
            }
        }
    }

    private void ask(DelegateExecution execution, String subjectType, String unitCode, List<String> subjectIds) {
        String campaignId = (String) execution.getVariable(DecisionSessionProcess.CAMPAIGN_ID);
        DecisionGroups.DecisionGroup of = groups.of(campaignId, subjectType, unitCode);
        DecisionGroupState group = lock(campaignId, subjectType, of);
        requests.saveAndFlush(new DecisionRequest(group, unitCode, write(subjectIds),
                execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant()));
        if (group.hasMet() || requests.unitsThatAsked(group).containsAll(of.units())) {
            convene(group);
        }
    }

    /** Starts a session over every pending request of the group, unless one is under way. */
    private void convene(DecisionGroupState group) {
        List<DecisionRequest> pending = requests.pending(group);
        if (group.inSession() || pending.isEmpty()) {
            return;
        }
        Set<String> subjectIds = new LinkedHashSet<>();
        pending.forEach(request -> subjectIds.addAll(read(request.subjectIds())));
        String session = runtime.startProcessInstanceByKey(DecisionSessionProcess.PROCESS_KEY,
                groups.sessionKey(group.quotaGroup()),
                Map.of(DecisionSessionProcess.CAMPAIGN_ID, group.campaignId(),
                        DecisionSessionProcess.ORG_CODE, group.organizationCode(),
                        DecisionSessionProcess.SUBJECT_TYPE, group.subjectType(),
                        DecisionSessionProcess.SUBJECT_IDS, json.spin(List.copyOf(subjectIds)))).getId();
        pending.forEach(request -> request.convened(session));
        group.sessionStarted(session);
    }

    /**
     * The group's row locked and read afresh: a request's group may already be loaded (reading its id loads it), and
     * a state read before the lock misses the session another transaction convened or ended meanwhile.
     */
    private DecisionGroupState lock(DecisionGroupState group) {
        entities.refresh(group, LockModeType.PESSIMISTIC_WRITE);
        return group;
    }

    /** The group's row, created first in a transaction of its own when missing (a twin created meanwhile wins). */
    private DecisionGroupState lock(String campaignId, String subjectType, DecisionGroups.DecisionGroup of) {
        DecisionGroupState group = groupStates.find(campaignId, of.quotaGroup()).orElseGet(() -> {
            try {
                alone.executeWithoutResult(status -> groupStates.saveAndFlush(
                        new DecisionGroupState(campaignId, of.quotaGroup(), subjectType, of.organizationCode())));
            } catch (DataIntegrityViolationException createdMeanwhile) {
                // the unique key let the other transaction's row stand: lock that one
            }
            return groupStates.find(campaignId, of.quotaGroup()).orElseThrow();
        });
        return lock(group);
    }

    private String write(List<String> ids) {
        try {
            return mapper.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String ids) {
        try {
            return mapper.readValue(ids, IDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
