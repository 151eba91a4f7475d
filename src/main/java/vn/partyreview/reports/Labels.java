package vn.partyreview.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.partyreview.campaign.CampaignStatus;
import vn.partyreview.results.ResultStatus;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.member.PositionRole;
import vn.partyreview.organization.BodyKind;
import vn.partyreview.organization.CellCategory;
import vn.partyreview.organization.OrganizationKind;

/** Vietnamese words and dd/mm/yyyy dates for the pages; read by the reports when they build their rows. */
@Component
class Labels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    String date(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(VIETNAM));
    }

    String level(Level level) {
        return level == null ? "" : level.label();
    }

    String status(ResultStatus status) {
        return switch (status) {
            case IN_PROGRESS -> "Đang thực hiện";
            case DECIDED -> "Đã quyết định xếp loại";
            case NOT_GRADED -> "Không xếp loại";
            case NOT_REVIEWED -> "Không kiểm điểm";
            case SENT_TO_SUPERIOR -> "Đã gửi kết quả lên cấp trên";
        };
    }

    String campaignStatus(CampaignStatus status) {
        return switch (status) {
            case PLANNED -> "Chưa bắt đầu";
            case RUNNING -> "Đang diễn ra";
            case CLOSED -> "Đã kết thúc";
        };
    }

    String subjectType(SubjectType type) {
        return switch (type) {
            case MEMBER -> "Đảng viên";
            case PARTY_ORGANIZATION -> "Tổ chức đảng";
            case LEADERSHIP_COLLECTIVE -> "Tập thể lãnh đạo, quản lý";
            case LEADER -> "Cán bộ lãnh đạo, quản lý";
        };
    }

    static String role(PositionRole role) {
        return switch (role) {
            case SECRETARY -> "Bí thư";
            case DEPUTY_SECRETARY -> "Phó Bí thư";
            case COMMITTEE_MEMBER -> "Cấp ủy viên";
            case STANDING_MEMBER -> "Ủy viên Ban Thường vụ";
            case INSPECTION_MEMBER -> "Ủy viên Ủy ban Kiểm tra";
            case ORGANIZING_STAFF -> "Cán bộ Ban Tổ chức";
            case OFFICE_STAFF -> "Cán bộ Văn phòng";
            case SUPERVISOR -> "Theo dõi tiến độ";
            case VICE_PRINCIPAL -> "Phó Hiệu trưởng";
            case BODY_HEAD -> "Người đứng đầu";
            case BODY_DEPUTY -> "Cấp phó";
            case BODY_MEMBER -> "Thành viên lãnh đạo";
        };
    }

    static String organizationKind(OrganizationKind kind, CellCategory category) {
        String kindName = switch (kind) {
            case DISTRICT_COMMITTEE -> "Đảng bộ quận, huyện";
            case BASIC_COMMITTEE -> "Đảng bộ cơ sở";
            case BASIC_CELL -> "Chi bộ cơ sở";
            case CELL -> "Chi bộ trực thuộc";
        };
        if (category == null || category == CellCategory.OTHER) {
            return kindName;
        }
        return kindName + " " + switch (category) {
            case WARD_COMMITTEE -> "phường, xã";
            case RESIDENTIAL -> "tổ dân phố";
            case PUBLIC_SCHOOL -> "trường học";
            case NON_STATE_ENTERPRISE -> "doanh nghiệp ngoài nhà nước";
            case WARD_POLICE -> "công an";
            case OTHER -> "";
        };
    }

    static String bodyKind(BodyKind kind) {
        return switch (kind) {
            case HDND_STANDING -> "Thường trực HĐND";
            case UBND_LEADERSHIP -> "Lãnh đạo UBND";
            case MTTQ_STANDING -> "Ban Thường trực UB MTTQ";
            case MASS_ORGANIZATION -> "Đoàn thể chính trị - xã hội";
            case ADVISORY_BODY -> "Cơ quan tham mưu, giúp việc";
            case PUBLIC_UNIT -> "Phòng, ban, đơn vị sự nghiệp";
        };
    }
}
