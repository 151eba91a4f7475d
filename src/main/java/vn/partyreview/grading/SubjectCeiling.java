package vn.partyreview.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.DecisionSubjects.DecisionSubject;
import vn.partyreview.grading.rules.GradingResult;
import vn.partyreview.process.JsonVariables;

/**
 * A subject's ceiling computed from the records (rule set, criteria, scores, facts), as the grading API would answer
 * it.
 */
@Component
public class SubjectCeiling {

    private final DecisionSubjects subjects;
    private final GradingService grading;
    private final GradingInputReader input;
    private final ObjectMapper mapper;
    private final ProcessJson json;

    public SubjectCeiling(DecisionSubjects subjects, GradingService grading, GradingInputReader input,
                          ObjectMapper mapper) {
        this.subjects = subjects;
        this.grading = grading;
        this.input = input;
        this.mapper = mapper;
        this.json = new ProcessJson(new JsonVariables(mapper));
    }

    public Evaluated evaluate(String campaignId, String subjectType, String subjectId) {
        return evaluate(subjects.find(campaignId, subjectType, subjectId), subjectType);
    }

    /**
     * As {@link #evaluate}, for a progress view: a subject not yet scored under a points-based rule set (before its
     * self-assessment) has no ceiling yet, answered as a null result.
     */
    public Evaluated evaluateSoFar(String campaignId, String subjectType, String subjectId) {
        DecisionSubject subject = subjects.find(campaignId, subjectType, subjectId);
        try {
            return evaluate(subject, subjectType);
        } catch (InvalidGradingInputException notScoredYet) {
            if (subject.scoresJson() == null) {
                return new Evaluated(subject, null);
            }
            throw notScoredYet;
        }
    }

    private Evaluated evaluate(DecisionSubject subject, String subjectType) {
        ObjectNode body = mapper.createObjectNode();
        body.put("ruleSet", subject.ruleSet());
        body.put("subjectType", subjectType);
        body.set("criteria", json.tree(subject.criteriaJson()));
        body.set("facts", json.tree(subject.factsJson()));
        if (subject.scoresJson() != null) {
            body.set("scores", json.tree(subject.scoresJson()));
        }
        EvaluateRequest request = input.read(body, EvaluateRequest.class);
        return new Evaluated(subject, grading.evaluate(request.ruleSet(), request.toSubject()));
    }

    /** @param result null while a points-based subject has no points yet ({@link #evaluateSoFar}) */
    public record Evaluated(DecisionSubject subject, GradingResult result) {
    }
}
