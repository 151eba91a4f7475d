package vn.partyreview.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.partyreview.ballot.SecretBallot;
import vn.partyreview.decision.DecisionSessionProcess;
import vn.partyreview.decision.OutstandingOrganizations;
import vn.partyreview.demo.DemoData;
import vn.partyreview.facts.SubjectFacts;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.results.CampaignResults;
import vn.partyreview.results.SubjectResult;
import vn.partyreview.review.PartyMemberProcess;
import vn.partyreview.review.ReviewRecords;
import vn.partyreview.review.RuleSetFormVariables;
import vn.partyreview.review.ScheduleRegistrationProcess;
import vn.partyreview.support.CampaignInstances;
import vn.partyreview.support.CampaignDocumentsWalk;
import vn.partyreview.support.ResultsContract;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TaskHolders;

/**
 * Issue 13: the demo ward's campaign under QĐ 366-QĐ/TW (rule set {@code QD366-2025}, the default from 2025), every
 * task completed by a user who holds it. Members write Mẫu 2A, 2B or 2C as their records say and score themselves
 * on 100 points; collectives and organisations score Mẫu 01 part B; the ceilings on every ballot sheet come from the
 * points and the knock-outs (a member concluded degraded by the inspection committee, a leader whose units finished
 * under 70 %); the district's standing committee marks the ward outstanding, so its members' quota is 25 %.
 * The year is 2027: the demo ward's 2026 campaign runs under QĐ 132 in {@link DemoWardCampaignTest}, one campaign
 * per organisation and year.
 */
@SpringAppTest
class Qd366DemoWardCampaignTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int YEAR = 2027;
    /** Scores herself 20 + 25 points: under 50, KHTNV. */
    private static final String LOW_SCORER = "DV0023";
    /** Concluded degraded by the inspection committee: a knock-out. */
    private static final String DEGRADED = "DV0034";
    /** Chủ tịch UBND: the units he leads finished 65 % of their tasks, a knock-out of the leader. */
    private static final String LEADER_UNITS_UNDER_70 = "DV0012";
    /** The MTTQ's standing board scores itself 20 + 40 points: HTNV. */
    private static final String MIDDLING_COLLECTIVE = "BTT-MTTQ-GIANGBIEN";

    @Autowired
    DemoData demoData;
    @Autowired
    CampaignResults results;
    @Autowired
    CampaignService campaignService;
    @Autowired
    ReviewRecords reviewRecords;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TestRestTemplate rest;
    private TaskHolders holders;
    /** Whether a Mẫu 2B of the school was tried on another sector's sheet (once, on the campaign's first run). */
    private boolean sectorTried;
    @Autowired
    OutstandingOrganizations outstandingOrganizations;
    @Autowired
    SubjectFacts subjectFacts;

    @Test
    void theDemoWardRunsACampaignUnderQd366WithPointsKnockOutsAndTheOutstandingQuota() throws Exception {
        demoData.loadIfAbsent();
        // an unknown rule set: 400 naming the field, nothing started
        ResponseEntity<String> refused = start(Map.of("year", YEAR, "rootOrgCode", "DU-GIANGBIEN",
                "ruleSet", "QD999-2030"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(refused.getBody()).path("errors").findValuesAsText("field")).containsExactly("ruleSet");
        // the ward secretary leaves the rule set blank: QĐ 366 from 2025, with HD 43's deadlines
        ResponseEntity<String> started = start(Map.of("year", YEAR, "rootOrgCode", "DU-GIANGBIEN"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String campaign = JSON.readTree(started.getBody()).path("id").asText();
        String campaignId = (String) historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(campaign).variableName("campaignId").singleResult().getValue();
        assertThat(campaignService.ruleSet(campaignId)).isEqualTo("QD366-2025");
        assertThat(campaignService.deadlines(campaignId).getDecisionDeadline()).isEqualTo(LocalDate.of(YEAR, 12, 30));

        // the ward's own committee may not mark it outstanding; the district's standing committee, which decides it, may
        assertThat(markOutstanding("hungnv", campaignId).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> noReason = put("hoangtq", campaignId, Map.of("outstanding", true));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(noReason.getBody()).path("errors").findValuesAsText("field")).containsExactly("reasons");
        theDistrictMarksTheWardOutstandingInTasklist(campaignId);
        membersAssessTheirQuarters();

        int completed = driveToTheEnd(campaign);
        assertThat(sectorTried).as("a teacher's Mẫu 2B was tried on another sector's sheet").isTrue();

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(campaign).singleResult()
                .getEndActivityId()).isEqualTo("EndEvent_CampaignClosed");
        List<SubjectResult> subjects = results.of(Long.parseLong(campaignId)).orElseThrow();
        assertThat(subjects).hasSize(1 + 7 + 43 + 10 + 14);
        assertThat(subjects).extracting(SubjectResult::ruleSet).containsOnly("QD366-2025");
        // every graded subject carries its points, and its ceiling is what QĐ 366 answers for them
        assertThat(subjects).filteredOn(s -> s.level() != null).allSatisfy(s -> {
            assertThat(s.scores()).as("points of " + s.subjectCode()).isNotNull();
            assertThat(s.score()).as("total of " + s.subjectCode()).isNotNull();
            assertThat(s.decidedBy()).isEqualTo(s.decision().decidingGroup());
            assertThat(s.decision().confirmedBy()).isNotBlank();
        });
        SubjectResult low = only(subjects, SubjectType.MEMBER, LOW_SCORER);
        assertThat(low.score()).isEqualByComparingTo("45");
        assertThat(low.ceilingLevel()).isEqualTo(Level.KHTNV);
        assertThat(low.ceilingReasons()).extracting(r -> r.rule()).contains("D11-khtnv-points-below-htnv");
        assertThat(low.level()).isEqualTo(Level.KHTNV);
        // the recording step judges the items on the sheet again: one over its maximum is never recorded
        assertThat(low.scores().path("common").decimalValue()).isEqualByComparingTo("20");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reviewRecords.recordMemberReview(campaignId,
                        LOW_SCORER, true, LocalDate.of(YEAR, 12, 1),
                        name -> name.equals("pointsItems") ? "[{\"code\": \"C1\", \"points\": 99}]" : null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C1");
        assertThat(only(results.of(Long.parseLong(campaignId)).orElseThrow(), SubjectType.MEMBER, LOW_SCORER).score())
                .isEqualByComparingTo("45");
        SubjectResult degraded = only(subjects, SubjectType.MEMBER, DEGRADED);
        assertThat(degraded.score()).isEqualByComparingTo("92");
        assertThat(degraded.ceilingReasons()).extracting(r -> r.rule()).contains("D11-khtnv-degradation");
        assertThat(degraded.level()).isEqualTo(Level.KHTNV);
        SubjectResult leader = only(subjects, SubjectType.LEADER, LEADER_UNITS_UNDER_70);
        assertThat(leader.ceilingReasons()).extracting(r -> r.rule()).contains("D11-khtnv-unit-tasks");
        // a shortfall of results is waivable on force majeure only (Đ11), which nobody recorded for his units
        assertThat(leader.waivable()).doesNotContain("D11-khtnv-unit-tasks");
        assertThat(leader.level()).isEqualTo(Level.KHTNV);
        assertThat(only(subjects, SubjectType.LEADERSHIP_COLLECTIVE, MIDDLING_COLLECTIVE))
                .satisfies(s -> assertThat(s.ceilingLevel()).isEqualTo(Level.HTNV))
                .satisfies(s -> assertThat(s.level()).isEqualTo(Level.HTNV));
        // organisations score 86 on Mẫu 01 part B: HTTNV
        assertThat(subjects).filteredOn(s -> s.subjectType() == SubjectType.PARTY_ORGANIZATION).hasSize(8)
                .allSatisfy(s -> assertThat(s.ceilingLevel()).as(s.subjectCode()).isEqualTo(Level.HTTNV))
                .allSatisfy(s -> assertThat(s.level()).as(s.subjectCode()).isEqualTo(Level.HTTNV));

        // the members' group: 39 at HTTNV or better, 25 % of them (9) HTXSNV since the ward is outstanding, not 20 % (7)
        List<SubjectResult> members = subjects.stream()
                .filter(s -> s.subjectType() == SubjectType.MEMBER && s.level() != null).toList();
        assertThat(members).hasSize(41).allSatisfy(s -> assertThat(s.quotaOutstanding()).isTrue());
        assertThat(members).filteredOn(s -> s.level() == Level.HTXSNV).hasSize(9);
        assertThat(members).filteredOn(s -> s.level() == Level.HTTNV).hasSize(30);
        // the collectives and the leaders keep 20 %: one HTXSNV each among their HTTNV-or-better
        assertThat(subjects).filteredOn(s -> s.subjectType() == SubjectType.LEADERSHIP_COLLECTIVE
                && s.level() == Level.HTXSNV).hasSize(1);
        assertThat(subjects).filteredOn(s -> s.subjectType() == SubjectType.LEADER && s.level() == Level.HTXSNV)
                .hasSize(1);
        assertThat(completed).isGreaterThan(300);
        ResultsContract.over(rest.withBasicAuth("admin", "test-admin-Secret-1")).check(campaignId);

        theDocumentsAreHd43s(campaignId, subjects);
        aRegradingIsDecidedByMauZeroThree(campaignId, only(subjects, SubjectType.MEMBER, LOW_SCORER));
        // every document of the finished campaign downloads and opens, HD 43's forms too (issue 11's held-out check)
        assertThat(CampaignDocumentsWalk.over(rest.withBasicAuth("admin", "test-admin-Secret-1")).check(campaignId))
                .containsKeys("MAU_01", "MAU_02", "MAU_03", "MAU_04", "MAU_05", "TONG_HOP_KET_QUA", "KET_QUA_XLSX",
                        "HO_SO_ZIP");
    }

    /**
     * The district's standing committee, which decides the ward's level, marks it outstanding from Tasklist's start
     * form; the guard refuses a start without reasons or by anyone else, naming the field. The mark is a recorded
     * fact (who, when, why) that the member sessions read when they count: 25 % below.
     */
    private void theDistrictMarksTheWardOutstandingInTasklist(String campaignId) throws Exception {
        Map<String, Object> mark = new HashMap<>(Map.of("campaignId", campaignId, "orgCode", "DU-GIANGBIEN",
                "outstanding", true, "outstandingReasons", "Đảng bộ tiêu biểu: hoàn thành vượt mức các chỉ tiêu"));
        ResponseEntity<String> cell = startForm("hoangtq", "outstandingMark", Map.of("campaignId", campaignId,
                "orgCode", "CB-TDP01", "outstanding", true, "outstandingReasons", "Chi bộ tiêu biểu"));
        assertThat(cell.getStatusCode().value()).as(cell.getBody()).isEqualTo(400);
        assertThat(JSON.readTree(cell.getBody()).path("errors").findValuesAsText("field")).containsExactly("orgCode");
        Map<String, Object> noReasons = new HashMap<>(mark);
        noReasons.put("outstandingReasons", " ");
        ResponseEntity<String> refused = startForm("hoangtq", "outstandingMark", noReasons);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(JSON.readTree(refused.getBody()).path("errors").findValuesAsText("field"))
                .containsExactly("outstandingReasons");
        assertThat(outstandingOrganizations.isOutstanding(campaignId, "DU-GIANGBIEN")).isFalse();
        ResponseEntity<String> marked = startForm("hoangtq", "outstandingMark", mark);
        assertThat(marked.getStatusCode().value()).as(marked.getBody()).isEqualTo(200);
        assertThat(outstandingOrganizations.isOutstanding(campaignId, "DU-GIANGBIEN")).isTrue();
        assertThat(subjectFacts.entries(campaignId, SubjectType.PARTY_ORGANIZATION, "DU-GIANGBIEN"))
                .anySatisfy(entry -> {
                    assertThat(entry.recordedBy()).isEqualTo("hoangtq");
                    assertThat(String.valueOf(entry.value())).contains("hoàn thành vượt mức");
                });
    }

    /** Mẫu 05: a member assesses two quarters of the year; a quarter not begun and a bad level are refused. */
    private void membersAssessTheirQuarters() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(YEAR + "-07-10T03:00:00Z")));
        try {
            assertThat(quarter("loint", 1, "HTTNV").getStatusCode().value()).isEqualTo(200);
            assertThat(quarter("loint", 2, "HTXSNV").getStatusCode().value()).isEqualTo(200);
            ResponseEntity<String> notBegun = quarter("loint", 4, "HTTNV");
            assertThat(notBegun.getStatusCode().value()).isEqualTo(400);
            assertThat(JSON.readTree(notBegun.getBody()).path("errors").findValuesAsText("field"))
                    .containsExactly("quarter");
            ResponseEntity<String> badLevel = quarter("loint", 3, "TOT");
            assertThat(badLevel.getStatusCode().value()).isEqualTo(400);
            assertThat(JSON.readTree(badLevel.getBody()).path("errors").findValuesAsText("field"))
                    .containsExactly("selfLevel");
            assertThat(rest.withBasicAuth("admin", "test-admin-Secret-1").exchange("/api/quarterly-assessments/"
                    + YEAR + "/1", HttpMethod.PUT, jsonBody(Map.of()), String.class).getStatusCode().value())
                    .as("an account that is no member").isEqualTo(403);
            JsonNode mine = JSON.readTree(rest.withBasicAuth("loint", "demo")
                    .getForEntity("/api/quarterly-assessments/" + YEAR, String.class).getBody());
            assertThat(mine.findValuesAsText("quarter")).containsExactly("1", "2");
            assertThat(mine.findValuesAsText("memberCode")).containsOnly(LOW_SCORER);
        } finally {
            ClockUtil.reset();
        }
    }

    private ResponseEntity<String> quarter(String user, int quarter, String level) throws Exception {
        return rest.withBasicAuth(user, "demo").exchange("/api/quarterly-assessments/" + YEAR + "/" + quarter,
                HttpMethod.PUT, jsonBody(Map.of("tasks", "Tuyên truyền, vận động nhân dân tổ dân phố quý " + quarter,
                        "results", "Kết quả quý " + quarter + ": hoàn thành đúng tiến độ", "selfLevel", level)),
                String.class);
    }

    /**
     * The members' Mẫu 2A, 2B or 2C as their records choose, each opened with POI, and in PDF with its Vietnamese
     * text extractable; the quarters listed on the year's form; Mẫu 01 with part B; Mẫu 04 listing the ZIP.
     */
    private void theDocumentsAreHd43s(String campaignId, List<SubjectResult> subjects) throws Exception {
        Map<String, String> templates = new HashMap<>();
        int sectorDocuments = 0;
        Map<String, String> templateOf = new HashMap<>();
        List<String> orgs = subjects.stream().filter(s -> s.subjectType() == SubjectType.MEMBER)
                .map(SubjectResult::organizationCode).distinct().toList();
        for (String org : orgs) {
            JsonNode list = JSON.readTree(admin("/api/campaigns/" + campaignId + "/documents?org=" + org, String.class));
            for (JsonNode document : list) {
                String kind = document.path("kind").asText();
                assertThat(kind).as("the personal report is SPEC §13's MAU_02 whichever template").doesNotMatch("MAU_2[ABC]");
                if (kind.equals("MAU_02") && document.path("mediaType").asText().endsWith("document")) {
                    SubjectResult member = only(subjects, SubjectType.MEMBER, document.path("subjectCode").asText());
                    java.util.regex.Matcher title = java.util.regex.Pattern.compile("\\(Mẫu (2[ABC])\\)")
                            .matcher(document.path("title").asText());
                    assertThat(title.find()).as(document.path("title").asText()).isTrue();
                    String template = title.group(1);
                    templateOf.put(member.subjectCode(), template);
                    if (member.level() == null) {
                        continue;
                    }
                    String text = docx(admin(document.path("url").asText(), byte[].class));
                    assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BẢN TỰ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG",
                            "(Mẫu " + template + ")", "Họ và tên: " + member.subjectName(),
                            "Điểm tự chấm", "Nhóm tiêu chí chung", member.score().stripTrailingZeros().toPlainString(),
                            "Cấp có thẩm quyền quyết định xếp loại mức chất lượng: " + member.levelLabel());
                    if (templates.putIfAbsent(template, document.path("subjectCode").asText()) == null) {
                        assertThat(pdf(admin(document.path("url").asText().replace(".docx?", ".pdf?"), byte[].class)))
                                .contains("ĐẢNG CỘNG SẢN VIỆT NAM", member.subjectName(), member.levelLabel(),
                                        "Nhóm kết quả thực hiện nhiệm vụ");
                    }
                    if (template.equals("2B")) {
                        assertThat(text).contains("PHỤ LỤC KÈM MẪU 2B",
                                "Các nhiệm vụ được giao trong năm và minh chứng kết quả");
                    }
                    if (org.equals("CB-THCS") && template.equals("2B")) {
                        // item by item on the sheet of the sector on her record: 28 + 64, each item in turn to its max
                        assertThat(text).contains("Lĩnh vực công tác (Phụ lục 4): Đơn vị sự nghiệp công lập",
                                "Biểu chấm điểm: Phụ lục 4, lĩnh vực Đơn vị sự nghiệp công lập (biểu mặc định)",
                                "I\tNhóm tiêu chí chung\t30\t28", "C3\tTu dưỡng, rèn luyện; thực hiện nhiệm vụ đảng "
                                        + "viên\t10\t8", "II\tNhóm kết quả thực hiện nhiệm vụ\t70\t64",
                                "SN1\tKết quả thực hiện nhiệm vụ chuyên môn theo vị trí việc làm (giảng dạy, giáo dục, "
                                        + "khám chữa bệnh...)\t40\t40", "SN3\tSáng kiến, đề tài, cải tiến phương pháp "
                                        + "làm việc\t10\t4", "\tTổng cộng\t100\t92");
                        if (sectorDocuments == 0) {
                            assertThat(pdf(admin(document.path("url").asText().replace(".docx?", ".pdf?"),
                                    byte[].class))).contains("Đơn vị sự nghiệp công lập", "SN1", "SN3", "Tổng cộng");
                        }
                        sectorDocuments++;
                    }
                }
            }
        }
        assertThat(templates).containsKeys("2A", "2B", "2C");
        assertThat(templateOf).containsEntry(LEADER_UNITS_UNDER_70, "2A").containsEntry(LOW_SCORER, "2C")
                .hasSizeGreaterThanOrEqualTo(41);
        assertThat(sectorDocuments).as("the school's members without a post, graded").isGreaterThanOrEqualTo(2);

        // the quarters feed the year: listed on Mẫu 2C, and each quarter's Mẫu 05 beside it
        String cell = only(subjects, SubjectType.MEMBER, LOW_SCORER).organizationCode();
        String lowScorer = docx(admin(url(campaignId, cell, "MAU_02", LOW_SCORER, "docx"), byte[].class));
        assertThat(lowScorer).contains("Kết quả tự đánh giá theo quý (Mẫu 05)",
                "Kết quả quý 1: hoàn thành đúng tiến độ", "Kết quả quý 2: hoàn thành đúng tiến độ");
        assertThat(pdf(admin(url(campaignId, cell, "MAU_05", LOW_SCORER + "-Q2", "pdf"), byte[].class)))
                .contains("BẢN TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG", "QUÝ 2 NĂM " + YEAR, "Nguyễn Thị Lợi",
                        "Tuyên truyền, vận động nhân dân tổ dân phố quý 2", "[X] Hoàn thành xuất sắc nhiệm vụ");
        ResponseEntity<String> own = rest.withBasicAuth("loint", "demo").getForEntity("/api/campaigns/" + campaignId
                + "/documents?org=" + cell, String.class);
        assertThat(JSON.readTree(own.getBody()).findValuesAsText("kind"))
                .contains("MAU_02", "MAU_05").doesNotContain("MAU_04", "TONG_HOP_KET_QUA");

        // Mẫu 01 part B: the ward's 26 + 60 points
        assertThat(docx(admin(url(campaignId, "DU-GIANGBIEN", "MAU_01", "DU-GIANGBIEN", "docx"), byte[].class)))
                .contains("BÁO CÁO KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG", "A- KIỂM ĐIỂM",
                        "B- TỰ CHẤM ĐIỂM VÀ ĐỀ XUẤT XẾP LOẠI", "Nhóm tiêu chí chung\t30\t26",
                        "Nhóm kết quả thực hiện nhiệm vụ\t70\t60", "Tổng cộng\t100\t86",
                        "T3\tGiải quyết đơn thư, vụ việc phức tạp phát sinh ở cơ sở\t10\t0");

        // Mẫu 04 at the top of the ZIP lists, numbered and dated, every other file the ZIP holds
        List<String> entries = new java.util.ArrayList<>();
        byte[] mau04 = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(admin(url(campaignId, "DU-GIANGBIEN",
                "HO_SO_ZIP", "DU-GIANGBIEN", "zip"), byte[].class)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                if (entry.getName().equals("MAU_04-DU-GIANGBIEN.docx")) {
                    mau04 = zip.readAllBytes();
                }
            }
        }
        assertThat(entries).startsWith("MAU_04-DU-GIANGBIEN.docx", "MAU_04-DU-GIANGBIEN.pdf")
                .contains("MAU_01-DU-GIANGBIEN.pdf", cell + "/MAU_02-" + LOW_SCORER + ".docx",
                        cell + "/MAU_05-" + LOW_SCORER + "-Q1.pdf");
        String list = docx(mau04);
        assertThat(list).contains("DANH MỤC HỒ SƠ", "(Mẫu 04)", "Hồ sơ gồm ");
        entries.stream().filter(entry -> !entry.startsWith("MAU_04-"))
                .forEach(entry -> assertThat(list).as("Mẫu 04 lists " + entry).contains(entry));
        assertThat(list).containsPattern("\\t\\d{2}/\\d{2}/" + YEAR);
    }

    /** The deciding body cancels a member's level and decides again: Mẫu 03 records both. */
    private void aRegradingIsDecidedByMauZeroThree(String campaignId, SubjectResult member) throws Exception {
        String decider = identityService.createUserQuery().memberOfGroup(member.decidedBy()).listPage(0, 1).get(0)
                .getId();
        ResponseEntity<String> started = startForm(decider, "regrading", Map.of("campaignId", campaignId,
                "subjectType", "MEMBER", "subjectCode", member.subjectCode(),
                "regradingReasons", "Phát hiện thêm khuyết điểm sau khi xếp loại"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        driveToTheEnd(JSON.readTree(started.getBody()).path("id").asText());
        SubjectResult regraded = only(results.of(Long.parseLong(campaignId)).orElseThrow(), SubjectType.MEMBER,
                member.subjectCode());
        assertThat(regraded.cancelled()).hasSize(1);
        String text = docx(admin(url(campaignId, member.organizationCode(), "MAU_03", member.subjectCode(), "docx"),
                byte[].class));
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "QUYẾT ĐỊNH", "(Mẫu 03)", "Nguyễn Thị Lợi",
                member.levelLabel(), "Phát hiện thêm khuyết điểm sau khi xếp loại", "Điều 2. Xếp loại lại",
                regraded.levelLabel(), regraded.decision().sessionId());
        assertThat(pdf(admin(url(campaignId, member.organizationCode(), "MAU_03", member.subjectCode(), "pdf"),
                byte[].class))).contains("Hủy bỏ kết quả xếp loại chất lượng", "Nguyễn Thị Lợi");
    }

    private <T> T admin(String url, Class<T> type) {
        ResponseEntity<T> answer = rest.withBasicAuth("admin", "test-admin-Secret-1").getForEntity(url, type);
        assertThat(answer.getStatusCode().value()).as(url).isEqualTo(200);
        return answer.getBody();
    }

    private static String url(String campaignId, String org, String kind, String subject, String format) {
        return "/api/campaigns/" + campaignId + "/documents/" + kind + "/" + subject + "." + format + "?org=" + org;
    }

    private static String docx(byte[] content) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String pdf(byte[] content) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private ResponseEntity<String> startForm(String user, String process, Map<String, Object> values)
            throws Exception {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/process-definition/key/" + process
                + "/submit-form", HttpMethod.POST, jsonBody(Map.of("variables", variables)), String.class);
    }

    private static SubjectResult only(List<SubjectResult> subjects, SubjectType type, String code) {
        return subjects.stream().filter(s -> s.subjectType() == type && s.subjectCode().equals(code)).findFirst()
                .orElseThrow();
    }

    private ResponseEntity<String> start(Map<String, Object> values) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return rest.withBasicAuth("hungnv", "demo").exchange(
                "/engine-rest/process-definition/key/campaign/submit-form", HttpMethod.POST,
                jsonBody(Map.of("variables", variables)), String.class);
    }

    private ResponseEntity<String> markOutstanding(String user, String campaignId) throws Exception {
        return put(user, campaignId, Map.of("outstanding", true,
                "reasons", "Đảng bộ tiêu biểu: hoàn thành vượt mức các chỉ tiêu nhiệm kỳ"));
    }

    private ResponseEntity<String> put(String user, String campaignId, Map<String, Object> body) throws Exception {
        return rest.withBasicAuth(user, "demo").exchange("/api/campaigns/" + campaignId
                + "/organizations/DU-GIANGBIEN/outstanding", HttpMethod.PUT, jsonBody(body), String.class);
    }

    private static HttpEntity<String> jsonBody(Object body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(JSON.writeValueAsString(body), headers);
    }

    /** Completes tasks and runs the jobs due until the campaign ends; returns the number of tasks completed. */
    private int driveToTheEnd(String campaign) throws Exception {
        holders = new TaskHolders(identityService, taskService, managementService);
        int completed = 0;
        boolean guardTried = false;
        for (int step = 0; step < 5_000; step++) {
            List<String> instances = CampaignInstances.unfinished(historyService, campaign);
            if (instances.isEmpty()) {
                return completed;
            }
            List<Task> tasks = taskService.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
                    .orderByTaskCreateTime().asc().listPage(0, 1);
            if (!tasks.isEmpty()) {
                if (!guardTried && tasks.get(0).getTaskDefinitionKey().equals("Task_WriteSelfReview")) {
                    theGuardEnforcesTheSheet(tasks.get(0));
                    guardTried = true;
                }
                if (!sectorTried && tasks.get(0).getTaskDefinitionKey().equals("Task_WriteSelfReview")
                        && "CB-THCS".equals(variable(tasks.get(0), "orgCode"))
                        && "2B".equals(variable(tasks.get(0), RuleSetFormVariables.SELF_REVIEW_TEMPLATE))) {
                    theSheetIsTheSectorsOnRecord(tasks.get(0));
                    sectorTried = true;
                }
                holders.complete(tasks.get(0), answerTo(tasks.get(0)));
                completed++;
            } else if (!holders.runAJob(instances)) {
                fail("The campaign is stuck: no task and no job in " + instances);
            }
        }
        return fail("The campaign did not end within 5000 steps");
    }

    /**
     * Through Tasklist's REST call: a total sent beside the items (the server computes the totals) and a QĐ 132
     * rating are refused naming the fields; an item over its maximum on the member's sheet, or an item left out, is
     * refused naming the list; the task stays open.
     */
    private void theGuardEnforcesTheSheet(Task task) throws Exception {
        Map<String, Object> answer = new HashMap<>(mau02(task));
        answer.put("commonPoints", 30);
        answer.put("politicsEthicsRating", "TOT");
        assertRefused(task, answer, "commonPoints", "politicsEthicsRating");

        JsonNode items = JSON.readTree(variable(task, "pointsItems").toString());
        List<Map<String, Object>> overMax = new java.util.ArrayList<>(scored(items, 28, 64));
        JsonNode first = items.get(0);
        overMax.set(0, Map.of("code", first.path("code").asText(), "points", first.path("max").asInt() + 1));
        answer = new HashMap<>(mau02(task));
        answer.put("pointsItems", overMax);
        String message = assertRefused(task, answer, "pointsItems");
        assertThat(message).contains(first.path("code").asText()).contains("từ 0 đến " + first.path("max").asText());

        answer.put("pointsItems", scored(items, 28, 64).subList(1, items.size()));
        assertThat(assertRefused(task, answer, "pointsItems")).contains("chưa chấm điểm");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    /**
     * A teacher without a post (Mẫu 2B) scores on Phụ lục 4's sheet of the sector on her record, public units, which
     * the form names; an item of another sector's sheet (the armed forces') is refused naming the list.
     */
    private void theSheetIsTheSectorsOnRecord(Task task) throws Exception {
        assertThat(variable(task, RuleSetFormVariables.MEMBER_SECTOR)).isEqualTo("Đơn vị sự nghiệp công lập");
        JsonNode items = JSON.readTree(variable(task, "pointsItems").toString());
        assertThat(items.findValuesAsText("code")).containsExactly("C1", "C2", "C3", "SN1", "SN2", "SN3");

        List<Map<String, Object>> otherSector = new java.util.ArrayList<>(scored(items, 28, 64));
        otherSector.set(3, Map.of("code", "LL1", "points", 40));
        Map<String, Object> answer = new HashMap<>(mau02(task));
        answer.put("pointsItems", otherSector);
        assertThat(assertRefused(task, answer, "pointsItems")).contains("Tiêu chí không có trong Phụ lục 4: LL1");
        // the sector is the record's: a value sent for it is a field the form does not have
        answer = new HashMap<>(mau02(task));
        answer.put("workSector", "ARMED_FORCES");
        assertRefused(task, answer, "workSector");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    private String assertRefused(Task task, Map<String, Object> answer, String... fields) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        for (Map.Entry<String, Object> entry : answer.entrySet()) {
            Object value = entry.getValue();
            variables.put(entry.getKey(), value instanceof List<?> list
                    ? Map.of("value", JSON.writeValueAsString(list), "type", "Json")
                    : value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed
                    ? Map.of("value", typed.getValue().toString(), "type", "Json") : Map.of("value", value));
        }
        ResponseEntity<String> refused = rest.withBasicAuth(holders.holderOf(task), "demo").exchange(
                "/engine-rest/task/" + task.getId() + "/submit-form", HttpMethod.POST,
                jsonBody(Map.of("variables", variables)), String.class);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        JsonNode errors = JSON.readTree(refused.getBody()).path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder(fields);
        return String.join(" ", errors.findValuesAsText("message"));
    }

    /**
     * Points per item of the subject's sheet as the form shows them, adding up to the totals wanted: each item in
     * turn up to its maximum.
     */
    static List<Map<String, Object>> scored(JsonNode items, int common, int tasks) {
        int[] left = {common, tasks};
        List<Map<String, Object>> answer = new java.util.ArrayList<>();
        for (JsonNode item : items) {
            int group = item.path("group").asText().contains("chung") ? 0 : 1;
            int points = Math.min(item.path("max").asInt(), left[group]);
            left[group] -= points;
            answer.add(Map.of("code", item.path("code").asText(), "points", points));
        }
        assertThat(left).as("the sheet holds the totals wanted").containsExactly(0, 0);
        return answer;
    }

    /** The items as Tasklist submits a dynamic list: a Json variable. */
    private Object items(Task task, int common, int tasks) {
        try {
            JsonNode items = JSON.readTree(variable(task, "pointsItems").toString());
            assertThat(items).as("the items of the subject's sheet").isNotEmpty();
            return org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                    JSON.writeValueAsString(scored(items, common, tasks))).create();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> answerTo(Task task) throws Exception {
        String key = task.getTaskDefinitionKey();
        return switch (key) {
            case "Task_DraftCollectiveReport", "Task_SelfAssessOrganization", "Task_SelfAssessCollective" ->
                    mau01(task);
            case "Task_WriteSelfReview", "Task_SelfAssess", "Task_WriteLeaderSelfReview", "Task_LeaderSelfAssess" ->
                    mau02(task);
            case "Task_RecordInspectionConclusions" -> "CB-TDP02".equals(variable(task, "orgCode"))
                    ? Map.of("cellDisciplined", "KHONG", "degradedMembers", "[\"" + DEGRADED + "\"]")
                    : TaskAnswers.NO_INSPECTION_CONCLUSIONS;
            case SecretBallot.CAST_TASK -> Map.of(SecretBallot.SHEET, sheetVoting(task));
            case "Task_ConfirmDecisions" -> chairConfirms(task);
            default -> TaskAnswers.demoWard(taskService, task, YEAR);
        };
    }

    /** Mẫu 2A, 2B or 2C as the form shows it to this member: 28 + 64 points with every condition of HTXSNV. */
    private Map<String, Object> mau02(Task task) {
        assertThat(variable(task, RuleSetFormVariables.POINTS_BASED)).isEqualTo(true);
        Object template = variable(task, RuleSetFormVariables.SELF_REVIEW_TEMPLATE);
        // a member, or a leader reviewed at his level
        String member = (String) (variable(task, "memberCode") != null ? variable(task, "memberCode")
                : variable(task, "leaderCode"));
        Map<String, Object> answer = new HashMap<>(Map.of("politicsEthicsReport", "Giữ vững lập trường",
                "dutiesReport", "Hoàn thành các nhiệm vụ được giao", "selfImprovementReport", "Thường xuyên học tập",
                "limitations", "Còn chậm đổi mới", "causes", "Khối lượng công việc lớn",
                "remedies", "Đã khắc phục", "direction", "Tiếp tục rèn luyện", "proposedMemberLevel", "HTXSNV"));
        answer.putAll(tasksFacts());
        if (LOW_SCORER.equals(member)) {
            assertThat(String.valueOf(variable(task, RuleSetFormVariables.QUARTERLY_RESULTS)))
                    .contains("Quý 1: Hoàn thành tốt nhiệm vụ", "Quý 2: Hoàn thành xuất sắc nhiệm vụ");
        }
        answer.put("pointsItems", items(task, LOW_SCORER.equals(member) ? 20 : 28, LOW_SCORER.equals(member) ? 25 : 64));
        switch (String.valueOf(template)) {
            case "2A" -> {
                answer.put("unitTasksCompletedPercent", LEADER_UNITS_UNDER_70.equals(member) ? 65 : 100);
                answer.put("unitTasksOnTimePercent", LEADER_UNITS_UNDER_70.equals(member) ? 60 : 100);
                answer.put("unitTasksExceededPercent", 35);
            }
            case "2B" -> {
                answer.put("taskEvidence", "Các nhiệm vụ được giao trong năm và minh chứng kết quả");
            }
            case "2C" -> answer.put("outsideSystemStatus", "RETIRED");
            default -> fail("No Mẫu 2A/2B/2C for " + member + ": " + template);
        }
        if (Boolean.TRUE.equals(variable(task, PartyMemberProcess.CIVIL_SERVANT))) {
            answer.put("proposedCivilServantLevel", "HTTNV");
        }
        return answer;
    }

    /** Mẫu 01 with its part B: 27 + 63 points for collectives (HTXSNV's), 26 + 60 for organisations (HTTNV). */
    private Map<String, Object> mau01(Task task) {
        assertThat(variable(task, RuleSetFormVariables.POINTS_BASED)).isEqualTo(true);
        Object collective = variable(task, "collectiveCode");
        boolean organization = collective == null;
        boolean middling = MIDDLING_COLLECTIVE.equals(collective);
        Map<String, Object> answer = new HashMap<>(Map.of("proposedLevel", "HTTNV",
                "unitTasksCompletedPercent", 100, "unitFiveTargetsMissed", "KHONG",
                "subordinateOrMemberDisciplined", "KHONG"));
        answer.putAll(tasksFacts());
        // the ward's organisation and collectives score on the sheet their district configured, not the default
        assertThat(variable(task, "pointsItems").toString()).contains("Giải quyết đơn thư");
        answer.put("pointsItems", items(task, organization ? 26 : middling ? 20 : 27, organization ? 60 : middling ? 40 : 63));
        return answer;
    }

    private static Map<String, Object> tasksFacts() {
        return Map.of("tasksCompletedPercent", 100, "tasksOnTimePercent", 100, "tasksExceededPercent", 35,
                "tasksBehindSchedulePercent", 0, "previousShortcomingsFixedPercent", 100);
    }

    /** Every voter votes HTXSNV where the sheet allows it, else the highest level allowed (the ceiling). */
    @SuppressWarnings("unchecked")
    private String sheetVoting(Task task) throws Exception {
        List<Map<String, Object>> sheet = JSON.readValue(variable(task, SecretBallot.SUBJECTS).toString(),
                List.class);
        sheet.forEach(row -> {
            List<String> allowed = (List<String>) row.getOrDefault("allowedLevels", List.of());
            row.put("level", allowed.isEmpty() || allowed.contains("HTXSNV") ? "HTXSNV" : allowed.get(0));
        });
        return JSON.writeValueAsString(sheet);
    }

    /** Equal votes at the quota's edge: the chair keeps as many as the quota allows, in the list's order, and says why. */
    private Map<String, Object> chairConfirms(Task task) throws Exception {
        Object tied = variable(task, DecisionSessionProcess.TIED_CHOICES);
        if (tied == null || JSON.readTree(tied.toString()).isEmpty()) {
            return Map.of();
        }
        int slots = ((Number) variable(task, DecisionSessionProcess.TIED_SLOTS)).intValue();
        List<String> keep = JSON.readTree(tied.toString()).findValuesAsText("value").subList(0, slots);
        return Map.of(DecisionSessionProcess.TIE_KEEP, JSON.writeValueAsString(keep),
                DecisionSessionProcess.TIE_REASON, "Chủ trì chọn theo thành tích nổi trội trong năm");
    }

    private Object variable(Task task, String name) {
        return taskService.getVariable(task.getId(), name);
    }
}
