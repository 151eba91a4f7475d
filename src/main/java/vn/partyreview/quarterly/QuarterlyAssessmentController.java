package vn.partyreview.quarterly;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;

/**
 * Mẫu 05 for the signed-in member, who is identified by her account, never by a submitted code:
 * {@code PUT /api/quarterly-assessments/{year}/{quarter}} {@code {"tasks", "results", "selfLevel"}} records her
 * assessment of the quarter (200 with it; 400 naming the field; 403 for an account that is no member);
 * {@code GET /api/quarterly-assessments/{year}} lists her quarters of the year.
 */
@RestController
@RequestMapping("/api/quarterly-assessments")
class QuarterlyAssessmentController {

    record Submission(String tasks, String results, String selfLevel) {
    }

    private final QuarterlyAssessments assessments;
    private final PartyMemberRepository members;
    private final IdentityService identityService;

    QuarterlyAssessmentController(QuarterlyAssessments assessments, PartyMemberRepository members,
                                  IdentityService identityService) {
        this.assessments = assessments;
        this.members = members;
        this.identityService = identityService;
    }

    @PutMapping("/{year}/{quarter}")
    ResponseEntity<?> submit(@PathVariable String year, @PathVariable String quarter,
                             @RequestBody(required = false) Submission body) {
        PartyMember member = self();
        if (member == null) {
            return notAMember();
        }
        Submission submission = body == null ? new Submission(null, null, null) : body;
        Map<String, String> refusals = assessments.submit(member.getCode(), year, quarter, submission.tasks(),
                submission.results(), submission.selfLevel(), identityService.getCurrentAuthentication().getUserId());
        if (!refusals.isEmpty()) {
            return badRequest(refusals);
        }
        int y = Integer.parseInt(year.strip());
        int q = Integer.parseInt(quarter.strip());
        return ResponseEntity.ok(assessments.ofYear(member.getCode(), y).stream().filter(a -> a.quarter() == q)
                .findFirst().orElseThrow());
    }

    @GetMapping("/{year}")
    ResponseEntity<?> ofYear(@PathVariable String year) {
        PartyMember member = self();
        if (member == null) {
            return notAMember();
        }
        if (!year.matches("[0-9]{4}")) {
            return badRequest(Map.of("year", "Năm phải là số có 4 chữ số."));
        }
        return ResponseEntity.ok(assessments.ofYear(member.getCode(), Integer.parseInt(year)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadable(HttpMessageNotReadableException e) {
        return badRequest(Map.of("body", "Nội dung yêu cầu không phải JSON hợp lệ."));
    }

    private PartyMember self() {
        Authentication user = identityService.getCurrentAuthentication();
        return user == null ? null : members.findByUserId(user.getUserId()).orElse(null);
    }

    private static ResponseEntity<?> notAMember() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", "Chỉ đảng viên mới tự đánh giá theo quý (Mẫu 05)."));
    }

    private static ResponseEntity<?> badRequest(Map<String, String> refusals) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("type", "INVALID",
                "message", String.join(" ", refusals.values()), "errors", refusals.entrySet().stream()
                        .map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList()));
    }
}
