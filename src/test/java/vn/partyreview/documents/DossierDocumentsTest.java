package vn.partyreview.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.partyreview.collective.LeadershipCollective;
import vn.partyreview.collective.LeadershipCollectiveRepository;
import vn.partyreview.demo.DemoData;
import vn.partyreview.grading.points.PointsSheets;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.identity.IdentityProvisioning;
import vn.partyreview.integrity.CampaignWalker;
import vn.partyreview.identity.InitialPasswords;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.record.FormRecords;
import vn.partyreview.support.SpringAppTest;

/**
 * A small ward's campaign walked to its end over REST as officials submit in Tasklist, then its record and every
 * document of the cell's dossier opened with the library that reads it.
 */
@SpringAppTest
class DossierDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELF_REVIEW = "Gương mẫu tham gia sinh hoạt chi bộ ở tổ dân phố, giữ gìn đạo đức.";
    private static final String CELL = "CB-DOC";
    private static final String MEMBER = "DOC05";
    private static final String UBND_COLLECTIVE = "LD-UBND-DOC";
    private static final String CELL_COMMITTEE = "CU-CB-DOC";
    private static final String BIEU = """
            kind,owner,sector,code,label,group,maxPoints
            BIEU_1,DU-DOC,,W1,"Lãnh đạo công tác chính trị, tư tưởng, xây dựng Đảng",COMMON,40
            BIEU_1,DU-DOC,,W2,"Kết quả phát triển kinh tế - xã hội của phường",TASKS,60
            BIEU_2,DU-DOC,,C1,"Duy trì sinh hoạt chi bộ, chất lượng sinh hoạt",COMMON,30
            BIEU_2,DU-DOC,,C2,"Lãnh đạo thực hiện nhiệm vụ ở tổ dân phố",TASKS,70
            """;
    private static String campaignId;
    private static String rootInstance;
    private static boolean walked;

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    PartyBodyRepository bodies;
    @Autowired
    PartyMemberRepository members;
    @Autowired
    IdentityProvisioning provisioning;
    @Autowired
    FormRecords records;
    @Autowired
    LeadershipCollectiveRepository collectives;
    @Autowired
    DemoData demoData;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PointsSheets sheets;

    @BeforeEach
    void aFinishedWardCampaign() {
        assertThat(walked).as("the campaign was walked once, without failing").isEqualTo(campaignId != null);
        if (walked) {
            return;
        }
        walked = true;
        CampaignWalker ward = new CampaignWalker(engine, rest, "DOC");
        ward.createWard(organizations, bodies, members, provisioning);
        assertThat(sheets.importCsv(new ByteArrayInputStream(BIEU.getBytes(StandardCharsets.UTF_8))).errors())
                .as("the ward's Biểu 1 and its residential cell's Biểu 2").isEmpty();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            aPlainMember(ward);
            twoLeadershipCollectives();
        });
        String campaign = ward.start();
        for (Task task = ward.nextTask(campaign); task != null; task = ward.nextTask(campaign)) {
            String holder = ward.holderOf(task);
            Map<String, Object> answer = ward.validAnswer(task);
            if (task.getTaskDefinitionKey().equals("Task_SelfAssess") && holder.equals(ward.user("lan"))) {
                answer.put("politicsEthicsReport", SELF_REVIEW);
            }
            ResponseEntity<String> done = ward.submit(holder, task, answer);
            assertThat(done.getStatusCode().value()).as("%s by %s: %s", task.getName(), holder, done.getBody())
                    .isEqualTo(204);
        }
        campaignId = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(campaign)
                .variableName("campaignId").singleResult().getValue().toString();
        rootInstance = campaign;
    }

    /** A member holding no position, who reads only her own documents; she lives in the cell's area. */
    private void aPlainMember(CampaignWalker ward) {
        Organization cell = organizations.findByCode(CELL).orElseThrow();
        PartyMember lan = new PartyMember(MEMBER, ward.user("lan"), "Nguyễn Thị Lan", cell, LocalDate.of(2010, 3, 2),
                MemberStatus.ACTIVE, false);
        lan.describe("Nữ", LocalDate.of(1985, 5, 19));
        lan.placeIn(null, cell);
        provisioning.provision(List.of(cell), List.of(), List.of(members.save(lan)),
                InitialPasswords.fixed(CampaignWalker.PASSWORD));
    }

    /** The ward UBND's leadership, headed by its chairman, and the cell's chi ủy, headed by its secretary. */
    private void twoLeadershipCollectives() {
        collectives.save(new LeadershipCollective(UBND_COLLECTIVE, "Tập thể lãnh đạo Ủy ban nhân dân phường DOC", null,
                bodies.findByCode("UBND-DOC").orElseThrow(), members.findByCodeIn(List.of("DOC03")).get(0)));
        collectives.save(new LeadershipCollective(CELL_COMMITTEE, "Chi ủy Chi bộ Tổ dân phố DOC",
                organizations.findByCode(CELL).orElseThrow(), null, members.findByCodeIn(List.of("DOC02")).get(0)));
    }

    @Test
    void everyFormIsRecordedWithItsAuthorAndNoBallotSheet() {
        List<FormRecords.Entry> member = records.entries(campaignId, SubjectType.MEMBER, MEMBER);
        assertThat(member).extracting(FormRecords.Entry::kind).contains(FormRecords.MAU_02,
                FormRecords.RESIDENCE_COMMENT, FormRecords.COMMITTEE_PROPOSAL, FormRecords.REVIEW_MEETING);
        FormRecords.Entry review = records.latest(campaignId, SubjectType.MEMBER, MEMBER, FormRecords.MAU_02)
                .orElseThrow();
        assertThat(review.recordedBy()).isEqualTo("doclan");
        assertThat(review.text("politicsEthicsReport")).isEqualTo(SELF_REVIEW);
        assertThat(review.text("politicsEthicsRating")).isEqualTo("Tốt");
        assertThat(records.entries(campaignId, SubjectType.PARTY_ORGANIZATION, CELL)).extracting(FormRecords.Entry::kind)
                .contains(FormRecords.MAU_01, FormRecords.OPINION, FormRecords.APPRAISAL);
        assertThat(records.ofCampaign(campaignId)).extracting(FormRecords.Entry::kind)
                .doesNotContain("ballot-cast", "ballot-open", "decision-confirm");
    }

    @Test
    void theMembersSelfReviewReadsLikeMauZeroTwoWithItsBackPage() throws Exception {
        String text = docx(download("admin", "MAU_02", MEMBER, "docx"));
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ PHƯỜNG DOC", "CHI BỘ TỔ DÂN PHỐ DOC",
                "BẢN KIỂM ĐIỂM CÁ NHÂN", "Họ và tên: Nguyễn Thị Lan    Ngày sinh: 19/05/1985", SELF_REVIEW,
                "[X] Tốt", "VII- Tự nhận mức xếp loại chất lượng", "[X] Hoàn thành tốt nhiệm vụ", "NGƯỜI TỰ KIỂM ĐIỂM",
                "Đánh giá, xếp loại chất lượng đảng viên", "Nhận xét, đánh giá của Chi ủy",
                "Đảng ủy, Chi ủy cơ sở xếp loại mức chất lượng: Hoàn thành tốt nhiệm vụ");
    }

    @Test
    void thePdfBesideItKeepsVietnameseTextExtractable() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download("admin", "MAU_02", MEMBER, "pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BẢN KIỂM ĐIỂM CÁ NHÂN", "Nguyễn Thị Lan",
                    "Gương mẫu tham gia sinh hoạt chi bộ ở tổ dân phố", "Hoàn thành tốt nhiệm vụ");
        }
    }

    @Test
    void theCollectiveReportResidenceCommentAndSummariesFollowTheirTemplates() throws Exception {
        assertThat(docx(download("admin", "MAU_01", CELL, "docx"))).contains("ĐẢNG CỘNG SẢN VIỆT NAM",
                "BÁO CÁO KIỂM ĐIỂM TẬP THỂ", "tập thể Chi bộ Tổ dân phố DOC", "VII- Đề nghị xếp loại mức chất lượng",
                "T/M TẬP THỂ LÃNH ĐẠO, QUẢN LÝ");
        assertThat(docx(download("admin", "PHIEU_NHAN_XET_NOI_CU_TRU", MEMBER, "docx"))).contains("PHIẾU NHẬN XÉT",
                "Nhận xét đảng viên: Nguyễn Thị Lan", "Gương mẫu thực hiện nghĩa vụ công dân", "Chưa tốt");
        assertThat(docx(download("admin", "TONG_HOP_KET_QUA", CELL, "docx"))).contains("TỔNG HỢP KẾT QUẢ",
                "Nguyễn Thị Lan", "Hoàn thành tốt nhiệm vụ", "Chi bộ Tổ dân phố DOC");
        assertThat(docx(download("admin", "DANH_SACH_KHTNV", CELL, "docx")))
                .contains("DANH SÁCH ĐẢNG VIÊN KHÔNG HOÀN THÀNH NHIỆM VỤ", "Không có đảng viên xếp loại");
        assertThat(docx(download("admin", "TONG_HOP_CAN_BO", CELL, "docx")))
                .contains("CÁN BỘ LÃNH ĐẠO, QUẢN LÝ", "ĐẢNG CỘNG SẢN VIỆT NAM");
    }

    /**
     * The leadership collectives' own reports [P C.1 "Báo cáo kiểm điểm của tập thể lãnh đạo cơ quan, đơn vị"]: the
     * ward UBND's in the ward's dossier, the chi ủy's in the cell's, each Mẫu 01 with the level decided for it, for
     * those who read the organisation's dossier only.
     */
    @Test
    void theLeadershipCollectivesReportsGoWithTheirOrganisationsDossierAndLevels() throws Exception {
        assertThat(listed("docsec", "DU-DOC")).contains("MAU_01:DU-DOC", "MAU_01:" + UBND_COLLECTIVE)
                .doesNotContain("MAU_01:" + CELL_COMMITTEE);
        assertThat(listed("docsec", CELL)).contains("MAU_01:" + CELL_COMMITTEE).doesNotContain("MAU_01:" + UBND_COLLECTIVE);
        String ubnd = docx(download("docsec", "DU-DOC", "MAU_01", UBND_COLLECTIVE, "docx"));
        assertThat(ubnd).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ PHƯỜNG DOC",
                "TẬP THỂ LÃNH ĐẠO ỦY BAN NHÂN DÂN PHƯỜNG DOC", "BÁO CÁO KIỂM ĐIỂM TẬP THỂ LÃNH ĐẠO, QUẢN LÝ",
                "tập thể Tập thể lãnh đạo Ủy ban nhân dân phường DOC kiểm điểm", "VII- Đề nghị xếp loại mức chất lượng",
                "Đánh giá, xếp loại chất lượng tập thể lãnh đạo, quản lý",
                "Cấp có thẩm quyền xếp loại mức chất lượng: Hoàn thành tốt nhiệm vụ");
        try (PDDocument pdf = Loader.loadPDF(download("docsec", CELL, "MAU_01", CELL_COMMITTEE, "pdf"))) {
            // the heading wraps in the PDF's narrow left column
            assertThat(new PDFTextStripper().getText(pdf)).contains("CHI ỦY CHI BỘ TỔ DÂN PHỐ",
                    "- Tập thể: Chi ủy Chi bộ Tổ dân phố DOC",
                    "BÁO CÁO KIỂM ĐIỂM TẬP THỂ LÃNH ĐẠO, QUẢN LÝ", "Cấp có thẩm quyền xếp loại mức chất lượng: "
                            + "Hoàn thành tốt nhiệm vụ");
        }
        assertThat(status("doclan", "MAU_01", CELL_COMMITTEE, "docx")).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /**
     * Engine history is working data: removal-time based cleanup gives every instance of the finished campaign a
     * removal time once it ended, and removes it then. The year's record, the results and the documents are read
     * from the application's tables, so they are all still there once the campaign's engine history is gone.
     */
    @Test
    void theRecordResultsAndDocumentsOutliveTheEnginesHistory() throws Exception {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isNotBlank();
        HistoryService history = engine.getHistoryService();
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .rootProcessInstanceId(rootInstance).list();
        assertThat(instances).hasSizeGreaterThan(5).allSatisfy(instance -> {
            assertThat(instance.getEndTime()).as(instance.getProcessDefinitionKey()).isNotNull();
            assertThat(instance.getRemovalTime()).as("%s removed after its time to live",
                    instance.getProcessDefinitionKey()).isAfter(instance.getEndTime());
        });
        String results = get("admin", "/api/campaigns/" + campaignId + "/results").getBody();
        byte[] review = download("admin", "MAU_02", MEMBER, "docx");

        history.deleteHistoricProcessInstances(instances.stream().map(HistoricProcessInstance::getId).toList());
        assertThat(history.createHistoricProcessInstanceQuery().rootProcessInstanceId(rootInstance).count()).isZero();

        assertThat(records.latest(campaignId, SubjectType.MEMBER, MEMBER, FormRecords.MAU_02).orElseThrow()
                .text("politicsEthicsReport")).isEqualTo(SELF_REVIEW);
        assertThat(get("admin", "/api/campaigns/" + campaignId + "/results").getBody()).isEqualTo(results);
        assertThat(docx(download("admin", "MAU_02", MEMBER, "docx"))).isEqualTo(docx(review)).contains(SELF_REVIEW);
        assertThat(get("doclan", "/reports/history").getBody()).contains("Nguyễn Thị Lan", "Hoàn thành tốt nhiệm vụ");
    }

    private List<String> listed(String user, String org) throws Exception {
        List<String> documents = new ArrayList<>();
        JSON.readTree(get(user, "/api/campaigns/" + campaignId + "/documents?org=" + org).getBody())
                .forEach(document -> documents.add(document.path("kind").asText() + ":"
                        + document.path("subjectCode").asText()));
        return documents;
    }

    @Test
    void theResultsWorkbookRoundTrips() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download("admin", "KET_QUA_XLSX", CELL, "xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> head = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> head.add(cell.getStringCellValue()));
            assertThat(head).isEqualTo(ResultsWorkbook.COLUMNS);
            Row member = null;
            for (Row row : sheet) {
                if (row.getCell(1).getStringCellValue().equals(MEMBER)) {
                    member = row;
                }
            }
            assertThat(member).isNotNull();
            assertThat(member.getCell(2).getStringCellValue()).isEqualTo("Nguyễn Thị Lan");
            assertThat(member.getCell(8).getStringCellValue()).isEqualTo("Hoàn thành tốt nhiệm vụ");
        }
    }

    @Test
    void everyListedDocumentOpensAndTheZipHoldsTheDossier() throws Exception {
        JsonNode list = JSON.readTree(get("docsec", "/api/campaigns/" + campaignId + "/documents?org=" + CELL).getBody());
        List<String> kinds = new ArrayList<>();
        list.forEach(document -> kinds.add(document.path("kind").asText()));
        assertThat(kinds).contains("MAU_01", "BIEU_CHAM_DIEM", "MAU_02", "PHIEU_NHAN_XET_NOI_CU_TRU",
                "TONG_HOP_KET_QUA", "DANH_SACH_KHTNV", "TONG_HOP_CAN_BO", "KET_QUA_XLSX", "HO_SO_ZIP",
                "BIEN_BAN_KIEM_PHIEU");
        List<JsonNode> documents = new ArrayList<>();
        list.forEach(documents::add);
        JSON.readTree(get("docsec", "/api/campaigns/" + campaignId + "/documents?org=DU-DOC").getBody())
                .forEach(documents::add);
        for (JsonNode document : documents) {
            ResponseEntity<byte[]> file = rest.withBasicAuth("docsec", CampaignWalker.PASSWORD)
                    .getForEntity(document.path("url").asText(), byte[].class);
            assertThat(file.getStatusCode()).as(document.toString()).isEqualTo(HttpStatus.OK);
            assertThat(file.getHeaders().getContentType().toString()).isEqualTo(document.path("mediaType").asText());
            assertThat(opened(document.path("mediaType").asText(), file.getBody())).as(document.toString())
                    .contains(document.path("kind").asText().equals("KET_QUA_XLSX") ? "Họ và tên" : "");
        }
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
                download("docsec", "HO_SO_ZIP", CELL, "zip")))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).contains("MAU_01-CB-DOC.docx", "MAU_01-CB-DOC.pdf", "MAU_02-" + MEMBER + ".docx",
                "MAU_02-" + MEMBER + ".pdf", "DANH_SACH_KHTNV-CB-DOC.pdf")
                .anyMatch(entry -> entry.startsWith("BIEN_BAN_KIEM_PHIEU-"))
                .as("the workbook is not in the plan's dossier").noneMatch(entry -> entry.endsWith(".xlsx"));
    }

    @Test
    void theWardsDossierIsKeptAsSentForItsOfficeAndTheReceivingDistrictOnly() throws Exception {
        String sent = "/api/campaigns/" + campaignId + "/documents/sent.zip?org=DU-DOC";
        ResponseEntity<byte[]> received = rest.withBasicAuth("docdistsec", CampaignWalker.PASSWORD)
                .getForEntity(sent, byte[].class);
        assertThat(received.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(received.getHeaders().getContentType().toString()).isEqualTo("application/zip");
        assertThat(unzip(received.getBody()).keySet()).contains("MAU_01-DU-DOC.docx", "TONG_HOP_KET_QUA-DU-DOC.pdf");
        assertThat(rest.withBasicAuth("docsec", CampaignWalker.PASSWORD).getForEntity(sent, byte[].class)
                .getBody()).isEqualTo(received.getBody());
        assertThat(get("doclan", sent).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("admin", "/api/campaigns/" + campaignId + "/documents/sent.zip?org=CB-DOC").getStatusCode())
                .as("a cell sends no dossier of its own").isEqualTo(HttpStatus.NOT_FOUND);
    }

    /**
     * The ward plan's dossier lists [P C.1 (the ward to the district), C.2.7 (each cell to the ward)]: the collective
     * reports, each organisation's self-scoring sheet (Biểu), each member's review, the residence comment, the
     * summary of results, the list of members who did not complete their tasks, the counting minutes and the summary
     * of leaders' results. Nothing else: no workbook. The ballot sheets it also lists are secret and never kept; the
     * minutes hold counts per level only.
     */
    @Test
    void theDossierSentUpHoldsWhatThePlanListsAndNothingElse() throws Exception {
        Map<String, byte[]> dossier = unzip(rest.withBasicAuth("docdistsec", CampaignWalker.PASSWORD).getForEntity(
                "/api/campaigns/" + campaignId + "/documents/sent.zip?org=DU-DOC", byte[].class).getBody());
        Set<String> planned = Set.of("MAU_01", "BIEU_CHAM_DIEM", "MAU_02", "PHIEU_NHAN_XET_NOI_CU_TRU",
                "TONG_HOP_KET_QUA", "DANH_SACH_KHTNV", "BIEN_BAN_KIEM_PHIEU", "TONG_HOP_CAN_BO");
        assertThat(dossier.keySet()).allSatisfy(entry -> {
            assertThat(entry).matches("(CB-DOC/)?[A-Z_0-9]+-[A-Za-z0-9-]+\\.(docx|pdf)");
            assertThat(planned).contains(entry.replaceFirst("^CB-DOC/", "").replaceFirst("-.*", ""));
        });
        for (String format : List.of("docx", "pdf")) {
            assertThat(dossier).containsKeys("MAU_01-DU-DOC." + format, "BIEU_CHAM_DIEM-DU-DOC." + format,
                    "CB-DOC/BIEU_CHAM_DIEM-CB-DOC." + format,
                    "TONG_HOP_KET_QUA-DU-DOC." + format, "DANH_SACH_KHTNV-DU-DOC." + format,
                    "TONG_HOP_CAN_BO-DU-DOC." + format, "CB-DOC/MAU_01-CB-DOC." + format,
                    "CB-DOC/MAU_02-" + MEMBER + "." + format, "CB-DOC/PHIEU_NHAN_XET_NOI_CU_TRU-" + MEMBER + "." + format,
                    "CB-DOC/TONG_HOP_KET_QUA-CB-DOC." + format, "CB-DOC/DANH_SACH_KHTNV-CB-DOC." + format,
                    "CB-DOC/TONG_HOP_CAN_BO-CB-DOC." + format, "MAU_01-" + UBND_COLLECTIVE + "." + format,
                    "CB-DOC/MAU_01-" + CELL_COMMITTEE + "." + format);
        }
        try (PDDocument pdf = Loader.loadPDF(dossier.get("CB-DOC/TONG_HOP_KET_QUA-CB-DOC.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG");
        }
        assertThat(docx(dossier.get("CB-DOC/TONG_HOP_KET_QUA-CB-DOC.docx"))).contains("Nguyễn Thị Lan");
        // the plan's "Biểu chấm điểm tự đánh giá chất lượng": each item with its maximum and the points given
        assertThat(docx(dossier.get("CB-DOC/BIEU_CHAM_DIEM-CB-DOC.docx"))).contains(
                "BIỂU CHẤM ĐIỂM TỰ ĐÁNH GIÁ CHẤT LƯỢNG", "Biểu 2: Tiêu chí tự đánh giá, chấm điểm chi bộ tổ dân phố",
                "C1. Duy trì sinh hoạt chi bộ, chất lượng sinh hoạt\tnhóm tiêu chí chung\t30\t30",
                "Tổng cộng\t\t100\t100");
        try (PDDocument pdf = Loader.loadPDF(dossier.get("BIEU_CHAM_DIEM-DU-DOC.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("BIỂU CHẤM ĐIỂM TỰ ĐÁNH GIÁ CHẤT LƯỢNG",
                    "W2. Kết quả", "Tổng điểm tự chấm: 100/100 điểm");
        }
        List<String> minutes = dossier.keySet().stream().filter(entry -> entry.startsWith("BIEN_BAN_KIEM_PHIEU-"))
                .toList();
        assertThat(minutes).as("the cell's votes, the self-grading votes and the decision sessions").hasSizeGreaterThan(1);
        for (String entry : minutes) {
            assertThat(docx(dossier.get(entry))).contains("BIÊN BẢN KIỂM PHIẾU", "Số phiếu phát ra", "Kết quả");
        }
    }

    private static Map<String, byte[]> unzip(byte[] content) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void aMemberReadsHerOwnSelfReviewOnlyAndOutsidersNothing() {
        JsonNode own = read(get("doclan", "/api/campaigns/" + campaignId + "/documents?org=" + CELL));
        List<String> mine = new ArrayList<>();
        own.forEach(document -> mine.add(document.path("kind").asText() + ":" + document.path("subjectCode").asText()));
        assertThat(mine).isNotEmpty().allMatch(entry -> entry.endsWith(":" + MEMBER)).contains("MAU_02:" + MEMBER);
        assertThat(status("doclan", "MAU_02", MEMBER, "pdf")).isEqualTo(HttpStatus.OK);
        assertThat(status("doclan", "MAU_02", "DOC02", "docx")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("doclan", "TONG_HOP_KET_QUA", CELL, "docx")).isEqualTo(HttpStatus.FORBIDDEN);

        demoData.loadIfAbsent();
        assertThat(rest.withBasicAuth("hungnv", "demo").getForEntity("/api/campaigns/" + campaignId
                + "/documents?org=" + CELL, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("hungnv", "demo").getForEntity(url("MAU_02", MEMBER, "docx"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        ResponseEntity<String> noOrg = get("admin", "/api/campaigns/" + campaignId + "/documents");
        assertThat(noOrg.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(read(noOrg).path("errors").get(0).path("field").asText()).isEqualTo("org");
        assertThat(read(noOrg).path("message").asText()).contains("mã tổ chức");
        ResponseEntity<String> badId = get("admin", "/api/campaigns/abc/documents?org=" + CELL);
        assertThat(badId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(read(badId).path("errors").get(0).path("field").asText()).isEqualTo("id");
        assertThat(get("admin", "/api/campaigns/" + campaignId + "/documents?org=KHONG-CO").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private byte[] download(String user, String kind, String subject, String format) {
        return download(user, CELL, kind, subject, format);
    }

    private byte[] download(String user, String org, String kind, String subject, String format) {
        ResponseEntity<byte[]> file = rest.withBasicAuth(user, password(user)).getForEntity("/api/campaigns/"
                + campaignId + "/documents/" + kind + "/" + subject + "." + format + "?org=" + org, byte[].class);
        assertThat(file.getStatusCode()).as("%s %s.%s", kind, subject, format).isEqualTo(HttpStatus.OK);
        return file.getBody();
    }

    private HttpStatus status(String user, String kind, String subject, String format) {
        return HttpStatus.valueOf(rest.withBasicAuth(user, password(user))
                .getForEntity(url(kind, subject, format), String.class).getStatusCode().value());
    }

    private String url(String kind, String subject, String format) {
        return "/api/campaigns/" + campaignId + "/documents/" + kind + "/" + subject + "." + format + "?org=" + CELL;
    }

    private ResponseEntity<String> get(String user, String path) {
        return rest.withBasicAuth(user, password(user)).getForEntity(path, String.class);
    }

    private static String password(String user) {
        return user.equals("admin") ? "test-admin-Secret-1" : CampaignWalker.PASSWORD;
    }

    /** The text of a document opened with the library that reads its kind; never empty. */
    private static String opened(String mediaType, byte[] content) throws Exception {
        String text = switch (mediaType) {
            case DossierDocuments.PDF -> {
                try (PDDocument pdf = Loader.loadPDF(content)) {
                    yield new PDFTextStripper().getText(pdf);
                }
            }
            case DossierDocuments.XLSX -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
                    StringBuilder cells = new StringBuilder();
                    workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell).append(' ')));
                    yield cells.toString();
                }
            }
            case DossierDocuments.ZIP -> String.join(" ", unzip(content).keySet());
            default -> docx(content);
        };
        assertThat(text).isNotBlank();
        return text;
    }

    private static String docx(byte[] content) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static JsonNode read(ResponseEntity<String> answer) {
        try {
            return JSON.readTree(answer.getBody());
        } catch (Exception e) {
            throw new IllegalStateException(answer.getBody(), e);
        }
    }
}
