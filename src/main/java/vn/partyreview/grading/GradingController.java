package vn.partyreview.grading;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public grading API (SPEC §8): nothing is stored. */
@RestController
@RequestMapping("/api/grading")
public class GradingController {

    private final GradingService grading;
    private final GradingInputReader input;

    public GradingController(GradingService grading, GradingInputReader input) {
        this.grading = grading;
        this.input = input;
    }

    @PostMapping("/evaluate")
    public EvaluateResponse evaluate(@RequestBody JsonNode body) {
        EvaluateRequest request = input.read(body, EvaluateRequest.class);
        return EvaluateResponse.of(grading.evaluate(request.ruleSet(), request.toSubject()));
    }

    @PostMapping("/quota")
    public QuotaResponse quota(@RequestBody JsonNode body) {
        QuotaRequest request = input.read(body, QuotaRequest.class);
        return QuotaResponse.of(grading.quota(request.ruleSet(), request.levels(), request.isOutstanding()));
    }
}
