package vn.partyreview.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.ballot.ClosedSessionMinutes;
import vn.partyreview.campaign.Campaign;
import vn.partyreview.campaign.CampaignReaders;
import vn.partyreview.campaign.CampaignRepository;
import vn.partyreview.campaign.CampaignService;
import vn.partyreview.collective.LeadershipCollective;
import vn.partyreview.collective.LeadershipCollectiveRepository;
import vn.partyreview.results.CampaignResults;
import vn.partyreview.results.SubjectResult;
import vn.partyreview.review.SelfReviewTemplate;
import vn.partyreview.grading.points.ScoredSheet;
import vn.partyreview.grading.points.SelfScorings;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PartyMemberRepository;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBody;
import vn.partyreview.organization.PartyBodyRepository;
import vn.partyreview.quarterly.QuarterlyAssessments;
import vn.partyreview.record.FormRecords;

/**
 * The documents of one organisation's dossier in a campaign (SPEC §13), each readable by those who read the
 * organisation's results ({@link CampaignReaders}) and, for a member's own Mẫu 02 (2A/2B/2C), Mẫu 05 and residence
 * comment, by the member. Documents are made when asked for, from the record and the results, so they always match
 * them. Campaigns graded on points (QĐ 366) get HD 43's forms; the others keep the seeds' documents.
 */
@Service
@Transactional(readOnly = true)
public class DossierDocuments {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ZIP = "application/zip";
    /** The whole dossier sent up (kind {@code HO_SO_ZIP}). */
    public static final String DOSSIER = "HO_SO_ZIP";
    private static final String MINUTES = "BIEN_BAN_KIEM_PHIEU";
    private static final String WORKBOOK = "KET_QUA_XLSX";
    /** QĐ 132: the Biểu the organisation scored itself on [P C.2.7 "Biểu chấm điểm tự đánh giá chất lượng"]. */
    private static final String SCORING_SHEET = "BIEU_CHAM_DIEM";
    /** HD 43 Mẫu 04, the list of the records in the dossier: made from the ZIP's content, at its top. */
    private static final String RECORD_LIST = "MAU_04";
    /**
     * Listed for download but not sent up: the plan's dossier [P C.1, C.2.7] has no workbook (its "Tổng hợp kết quả"
     * is TONG_HOP_KET_QUA), and the ZIP does not hold itself.
     */
    private static final Set<String> NOT_SENT = Set.of(DOSSIER, WORKBOOK);

    /** One document of the list: what {@code GET /api/campaigns/{id}/documents} answers. */
    public record Document(String kind, String subjectCode, String title, String url, String mediaType) {
    }

    /** A document's content, with the file name it downloads as. */
    public record File(String name, String mediaType, byte[] content) {
    }

    /** Why a request is refused: no such campaign or organisation, or not the caller's to read. */
    public enum Refusal { NOT_FOUND, FORBIDDEN }

    /** The documents, or why not. */
    public record Answer<T>(T value, Refusal refusal) {
    }

    private final CampaignRepository campaigns;
    private final CampaignResults results;
    private final CampaignReaders readers;
    private final OrganizationRepository organizations;
    private final PartyMemberRepository members;
    private final FormRecords records;
    private final DocxWriter docx;
    private final PdfWriter pdf;
    private final ClosedSessionMinutes minutes;
    private final LeadershipCollectiveRepository collectives;
    private final PartyBodyRepository bodies;
    private final CampaignService campaignService;
    private final QuarterlyAssessments quarterly;
    private final SelfScorings scorings;

    DossierDocuments(CampaignRepository campaigns, CampaignResults results, CampaignReaders readers,
                     OrganizationRepository organizations, PartyMemberRepository members, FormRecords records,
                     DocxWriter docx, PdfWriter pdf, ClosedSessionMinutes minutes,
                     LeadershipCollectiveRepository collectives, PartyBodyRepository bodies,
                     CampaignService campaignService, QuarterlyAssessments quarterly, SelfScorings scorings) {
        this.campaigns = campaigns;
        this.results = results;
        this.readers = readers;
        this.organizations = organizations;
        this.members = members;
        this.records = records;
        this.docx = docx;
        this.pdf = pdf;
        this.minutes = minutes;
        this.collectives = collectives;
        this.bodies = bodies;
        this.campaignService = campaignService;
        this.quarterly = quarterly;
        this.scorings = scorings;
    }

    public Answer<List<Document>> list(long campaignId, String orgCode, Authentication user) {
        Answer<Dossier> dossier = dossier(campaignId, orgCode, user);
        if (dossier.refusal() != null) {
            return new Answer<>(null, dossier.refusal());
        }
        List<Document> documents = new ArrayList<>();
        for (Item item : dossier.value().items()) {
            for (String format : item.formats()) {
                documents.add(new Document(item.kind(), item.subjectCode(), item.title(),
                        url(campaignId, orgCode, item, format), mediaType(format)));
            }
        }
        return new Answer<>(documents, null);
    }

    public Answer<File> file(long campaignId, String orgCode, String kind, String subjectCode, String format,
                             Authentication user) {
        Answer<Dossier> dossier = dossier(campaignId, orgCode, user);
        if (dossier.refusal() != null) {
            return new Answer<>(null, dossier.refusal());
        }
        return dossier.value().items().stream()
                .filter(item -> item.kind().equals(kind)
                        && item.subjectCode().equals(subjectCode) && item.formats().contains(format))
                .findFirst().map(item -> new Answer<>(new File(item.fileName(format), mediaType(format),
                        item.render().apply(format)), (Refusal) null))
                .orElseGet(() -> new Answer<>(null, dossier.value().whole() ? Refusal.NOT_FOUND : Refusal.FORBIDDEN));
    }

    /** The whole dossier of the organisation as one ZIP, as it is sent to the superior. */
    public Optional<byte[]> dossierZip(long campaignId, String orgCode) {
        return campaigns.findById(campaignId).flatMap(campaign -> organizations.findByCode(orgCode)
                .map(organization -> dossierZip(campaign, organization)));
    }

    /**
     * The organisation's documents, then each subordinate organisation's in a folder named by its code (a ward's
     * cells with their members' reviews), the counting minutes once each at the top: what the plan's dossier lists
     * [P C.1, C.2.7] that the system holds. The ballot sheets it also lists are never kept (secret ballot): the
     * minutes carry their counts. Papers the system does not hold (lý lịch, văn bằng) go up on paper.
     */
    private byte[] dossierZip(Campaign campaign, Organization organization) {
        Map<String, Supplier<byte[]>> entries = new LinkedHashMap<>();
        List<Packed> packed = packed(campaign, organization);
        if (hd43(campaign)) {
            Item list = recordList(campaign, organization, packed);
            list.formats().forEach(format -> entries.put(list.fileName(format), () -> list.render().apply(format)));
        }
        packed.forEach(entry -> entries.putIfAbsent(entry.name(), entry.render()));
        return zip(entries);
    }

    /** What the ZIP holds, but Mẫu 04, which lists it. */
    private List<Packed> packed(Campaign campaign, Organization organization) {
        List<SubjectResult> all = results.of(campaign.getId()).orElse(List.of());
        Map<String, Packed> entries = new LinkedHashMap<>();
        addSubtree(entries, campaign, organization, all, "");
        return List.copyOf(entries.values());
    }

    private void addSubtree(Map<String, Packed> entries, Campaign campaign, Organization organization,
                            List<SubjectResult> all, String folder) {
        for (Item item : items(campaign, organization, null, all)) {
            if (NOT_SENT.contains(item.kind()) || item.kind().equals(RECORD_LIST)) {
                continue;
            }
            for (String format : item.formats()) {
                String name = (item.kind().equals(MINUTES) ? "" : folder) + item.fileName(format);
                entries.putIfAbsent(name, new Packed(name, item, () -> item.render().apply(format)));
            }
        }
        organizations.findByParent(organization).stream().sorted(Comparator.comparing(Organization::getCode))
                .forEach(child -> addSubtree(entries, campaign, child, all, folder + child.getCode() + "/"));
    }

    /** Mẫu 04: one numbered line per document of the ZIP, its files (DOCX and PDF beside it) and its date. */
    private Item recordList(Campaign campaign, Organization organization, List<Packed> packed) {
        Map<Item, List<String>> files = new LinkedHashMap<>();
        packed.forEach(entry -> files.computeIfAbsent(entry.item(), item -> new ArrayList<>()).add(entry.name()));
        List<Hd43Templates.Listed> listed = files.entrySet().stream().map(entry -> new Hd43Templates.Listed(
                entry.getKey().title(), entry.getValue(), entry.getKey().date())).toList();
        return document(RECORD_LIST, organization.getCode(), "Danh mục hồ sơ (Mẫu 04) — " + organization.getName(),
                null, () -> Hd43Templates.mau04(campaign.getYear(), organization, listed));
    }

    private Answer<Dossier> dossier(long campaignId, String orgCode, Authentication user) {
        Campaign campaign = campaigns.findById(campaignId).orElse(null);
        Organization organization = organizations.findByCode(orgCode).orElse(null);
        if (campaign == null || organization == null) {
            return new Answer<>(null, Refusal.NOT_FOUND);
        }
        if (readers.mayReadOrganization(organization, user)) {
            return new Answer<>(new Dossier(items(campaign, organization, null), true), null);
        }
        PartyMember self = user == null ? null : members.findByUserId(user.getUserId()).orElse(null);
        List<Item> own = self == null ? List.of() : items(campaign, organization, self.getCode());
        return own.isEmpty() ? new Answer<>(null, Refusal.FORBIDDEN) : new Answer<>(new Dossier(own, false), null);
    }

    /** Every document of the organisation's dossier; only the member's own when {@code onlyMember} is given. */
    private List<Item> items(Campaign campaign, Organization organization, String onlyMember) {
        return items(campaign, organization, onlyMember, results.of(campaign.getId()).orElse(List.of()));
    }

    private List<Item> items(Campaign campaign, Organization organization, String onlyMember,
                             List<SubjectResult> all) {
        String id = String.valueOf(campaign.getId());
        int year = campaign.getYear();
        List<SubjectResult> scope = all.stream()
                .filter(r -> organization.getCode().equals(r.organizationCode())
                        || organization.getCode().equals(r.subjectCode())).toList();
        List<Item> items = new ArrayList<>();
        List<SubjectResult> memberResults = scope.stream().filter(r -> r.subjectType() == SubjectType.MEMBER)
                .filter(r -> onlyMember == null || r.subjectCode().equals(onlyMember)).toList();
        List<PartyMember> people = members.findByCodeIn(memberResults.stream().map(SubjectResult::subjectCode).toList());
        boolean hd43 = hd43(campaign);
        for (PartyMember member : people) {
            SubjectResult result = memberResults.stream().filter(r -> r.subjectCode().equals(member.getCode()))
                    .findFirst().orElse(null);
            if (hd43) {
                items.addAll(hd43MemberItems(id, year, member, result));
            } else {
                records.latest(id, SubjectType.MEMBER, member.getCode(), FormRecords.MAU_02).ifPresent(review ->
                        items.add(document("MAU_02", member.getCode(), "Bản kiểm điểm cá nhân (Mẫu 02) — "
                                + member.getFullName(), review.recordedAt(), () -> DossierTemplates.mau02(year, member,
                                review, records.latest(id, SubjectType.MEMBER, member.getCode(),
                                        FormRecords.CIVIL_SERVANT_RATING),
                                records.latest(id, SubjectType.MEMBER, member.getCode(), FormRecords.COMMITTEE_PROPOSAL),
                                result))));
            }
            records.latest(id, SubjectType.MEMBER, member.getCode(), FormRecords.RESIDENCE_COMMENT).ifPresent(comment ->
                    items.add(document("PHIEU_NHAN_XET_NOI_CU_TRU", member.getCode(),
                            "Phiếu nhận xét nơi cư trú — " + member.getFullName(), comment.recordedAt(),
                            () -> DossierTemplates.residenceComment(year, member, comment))));
        }
        if (onlyMember != null) {
            return items;
        }
        String code = organization.getCode();
        SubjectResult own = scope.stream().filter(r -> r.subjectType() == SubjectType.PARTY_ORGANIZATION
                && r.subjectCode().equals(code)).findFirst().orElse(null);
        records.latest(id, SubjectType.PARTY_ORGANIZATION, code, FormRecords.MAU_01).ifPresent(report -> {
            Optional<ScoredSheet> scored = scorings.latest(id, SubjectType.PARTY_ORGANIZATION, code);
            items.add(0, document("MAU_01", code, "Báo cáo kiểm điểm tập thể (Mẫu 01) — " + organization.getName(),
                    report.recordedAt(), () -> hd43 ? Hd43Templates.mau01(year, organization, report, own, scored)
                            : DossierTemplates.mau01(year, organization, report)));
            // QĐ 132: the ward plan's Biểu the organisation scored itself on [P II.1.2, C.2.7]
            scored.filter(sheet -> !sheet.kind().nationalTotals()).ifPresent(sheet -> items.add(1, document(
                    SCORING_SHEET, code, "Biểu chấm điểm tự đánh giá chất lượng (" + sheet.kind().label() + ") — "
                            + organization.getName(), report.recordedAt(), () -> ScoringSheetTemplate.of(year,
                            organization, sheet, report.recordedAt(), report.code("proposedLevel")))));
        });
        if (hd43) {
            scope.stream().filter(r -> r.cancelled() != null && !r.cancelled().isEmpty()).forEach(r ->
                    items.add(document("MAU_03", r.subjectCode(), "Quyết định hủy bỏ kết quả, xếp loại lại (Mẫu 03) — "
                            + r.subjectName(), r.cancelled().get(r.cancelled().size() - 1).cancelledAt(),
                            () -> Hd43Templates.mau03(year, organization, r))));
        }
        items.addAll(collectiveReports(campaign, organization, all));
        Instant now = Instant.now();
        items.add(document("TONG_HOP_KET_QUA", code, "Tổng hợp kết quả đánh giá, xếp loại — " + organization.getName(),
                now, () -> DossierTemplates.resultsSummary(year, organization, scope)));
        items.add(document("DANH_SACH_KHTNV", code, "Danh sách đảng viên không hoàn thành nhiệm vụ — "
                + organization.getName(), now, () -> DossierTemplates.notCompletedList(year, organization, scope)));
        items.add(document("TONG_HOP_CAN_BO", code, "Tổng hợp kết quả cán bộ lãnh đạo, quản lý — "
                + organization.getName(), now, () -> DossierTemplates.leadersSummary(year, organization, scope)));
        items.add(new Item(WORKBOOK, code, "Bảng kết quả xếp loại — " + organization.getName(), List.of("xlsx"), now,
                format -> ResultsWorkbook.write(scope)));
        ballotMinutes(scope).forEach(items::add);
        if (hd43) {
            items.add(new Item(RECORD_LIST, code, "Danh mục hồ sơ (Mẫu 04) — " + organization.getName(),
                    List.of("docx", "pdf"), now, format -> recordList(campaign, organization,
                    packed(campaign, organization)).render().apply(format)));
        }
        items.add(new Item(DOSSIER, code, "Hồ sơ gửi cấp trên — " + organization.getName(), List.of("zip"), now,
                format -> dossierZip(campaign, organization)));
        return items;
    }

    /**
     * The Mẫu 01 of each leadership collective leading the organisation (its BCH, its chi ủy) or one of its bodies
     * (HĐND, UBND, MTTQ, đoàn thể), with the level decided for it: the plan's "Báo cáo kiểm điểm của tập thể lãnh
     * đạo cơ quan, đơn vị" [P C.1, C.2.7]. A collective the campaign did not review has no report and is left out.
     */
    private List<Item> collectiveReports(Campaign campaign, Organization organization, List<SubjectResult> all) {
        String id = String.valueOf(campaign.getId());
        List<PartyBody> led = bodies.findByOrganization(organization);
        List<Item> items = new ArrayList<>();
        Stream.concat(collectives.findByOrganization(organization).stream(),
                        led.isEmpty() ? Stream.<LeadershipCollective>empty() : collectives.findByBodyIn(led).stream())
                .sorted(Comparator.comparing(LeadershipCollective::getCode)).forEach(collective -> {
                    String code = collective.getCode();
                    SubjectResult result = all.stream().filter(r -> r.subjectType() == SubjectType.LEADERSHIP_COLLECTIVE
                            && r.subjectCode().equals(code)).findFirst().orElse(null);
                    records.latest(id, SubjectType.LEADERSHIP_COLLECTIVE, code, FormRecords.MAU_01).ifPresent(report ->
                            items.add(document("MAU_01", code, "Báo cáo kiểm điểm tập thể lãnh đạo, quản lý (Mẫu 01) — "
                                    + collective.getName(), report.recordedAt(), () -> DossierTemplates.collectiveMau01(campaign.getYear(),
                                    organization, collective.getName(), report, result))));
                });
        return items;
    }

    /**
     * The counting minutes of the organisation's closed ballots: its subjects' self-grading votes, cell votes and
     * decision sessions. They go up with the dossier [P C.2.7]; they hold counts, never a voter's choice.
     */
    private List<Item> ballotMinutes(List<SubjectResult> scope) {
        Set<String> sessions = new LinkedHashSet<>();
        for (SubjectResult result : scope) {
            if (result.selfBallot() != null) {
                sessions.add(result.selfBallot().sessionId());
            }
            if (result.cellBallot() != null) {
                sessions.add(result.cellBallot().sessionId());
            }
            if (result.decision() != null) {
                sessions.add(result.decision().sessionId());
            }
        }
        return sessions.stream().filter(session -> session != null && minutes.closed(session))
                .map(session -> new Item(MINUTES, session, "Biên bản kiểm phiếu — phiên " + session,
                        List.of("docx"), minutes.closedAt(session).orElse(null),
                        format -> minutes.docx(session).orElseThrow())).toList();
    }

    /**
     * Under QĐ 366: the member's Mẫu 2A, 2B or 2C as her record chooses (the form chose the same), listing her
     * quarters and her points item by item, and her Mẫu 05 of each quarter assessed in the campaign's year. The
     * kind stays SPEC §13's {@code MAU_02} (the personal report), its title names the template.
     */
    private List<Item> hd43MemberItems(String campaignId, int year, PartyMember member, SubjectResult result) {
        List<Item> items = new ArrayList<>();
        SelfReviewTemplate template = SelfReviewTemplate.of(member);
        List<QuarterlyAssessments.Quarter> quarters = quarterly.ofYear(member.getCode(), year);
        records.latest(campaignId, SubjectType.MEMBER, member.getCode(), FormRecords.MAU_02).ifPresent(review ->
                items.add(document("MAU_02", member.getCode(), "Bản tự kiểm điểm, đánh giá, xếp loại (Mẫu "
                        + template.code() + ") — " + member.getFullName(), review.recordedAt(),
                        () -> Hd43Templates.mau2(template, year, member, review, quarters, records.latest(campaignId,
                                SubjectType.MEMBER, member.getCode(), FormRecords.COMMITTEE_PROPOSAL), result,
                                scorings.latest(campaignId, SubjectType.MEMBER, member.getCode())))));
        quarters.forEach(quarter -> items.add(document("MAU_05", member.getCode() + "-Q" + quarter.quarter(),
                "Bản tự đánh giá quý " + quarter.quarter() + " (Mẫu 05) — " + member.getFullName(),
                quarter.submittedAt(), () -> Hd43Templates.mau05(member, quarter))));
        return items;
    }

    /** The campaign grades on points under QĐ 366: its documents are HD 43's forms. */
    private boolean hd43(Campaign campaign) {
        return campaignService.pointsBased(String.valueOf(campaign.getId()));
    }

    private Item document(String kind, String subjectCode, String title, Instant date,
                          Supplier<OfficialDocument> template) {
        return new Item(kind, subjectCode, title, List.of("docx", "pdf"), date,
                format -> format.equals("pdf") ? pdf.write(template.get()) : docx.write(template.get()));
    }

    private static byte[] zip(Map<String, Supplier<byte[]>> entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, Supplier<byte[]>> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().get());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String url(long campaignId, String orgCode, Item item, String format) {
        return "/api/campaigns/" + campaignId + "/documents/" + item.kind() + "/" + item.subjectCode() + "." + format
                + "?org=" + orgCode;
    }

    private static String mediaType(String format) {
        return switch (format) {
            case "pdf" -> PDF;
            case "xlsx" -> XLSX;
            case "zip" -> ZIP;
            default -> DOCX;
        };
    }

    /** One file of the ZIP: its path, the document it is a format of, its content when written. */
    private record Packed(String name, Item item, Supplier<byte[]> render) {
    }

    /** The documents the caller may read; {@code whole} unless only their own. */
    private record Dossier(List<Item> items, boolean whole) {
    }

    /** A document of the dossier in the formats it is made in. */
    private record Item(String kind, String subjectCode, String title, List<String> formats, Instant date,
                        java.util.function.Function<String, byte[]> render) {

        String fileName(String format) {
            return kind + "-" + subjectCode + "." + format;
        }
    }
}
