package vn.partyreview.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

class ImportControllerTest extends ImportTestBase {

    @Autowired
    MockMvc mockMvc;

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void importsCsvPartsForAnAdministrator() throws Exception {
        identityService.setAuthentication("admin", List.of(Groups.CAMUNDA_ADMIN));

        mockMvc.perform(multipart("/api/import")
                        .file(csvPart("organizations", "code,name,kind\nRS-CB,Chi bộ cơ sở REST,BASIC_CELL\n"))
                        .file(csvPart("members", "code,user_id,full_name,official_cell,admitted_on\n"
                                + "RS-M1,rs.a,Đinh Văn A,RS-CB,03/02/1999\n")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.organizations").value(1))
                .andExpect(jsonPath("$.counts.members").value(1))
                .andExpect(jsonPath("$.createdUsers[0].userId").value("rs.a"))
                .andExpect(jsonPath("$.createdUsers[0].initialPassword").isNotEmpty());

        assertThat(usersOf("RS-CB.members")).containsExactly("rs.a");
    }

    @Test
    void answersEveryErrorWith400() throws Exception {
        identityService.setAuthentication("admin", List.of(Groups.CAMUNDA_ADMIN));
        Snapshot before = snapshot();

        mockMvc.perform(multipart("/api/import")
                        .file(new MockMultipartFile("organizations", "organizations.csv", "text/csv",
                                bytes("/import/unknown-parent/organizations.csv"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].table").value("organizations"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("parent_code"))
                .andExpect(jsonPath("$.errors[0].value").value("UP-KHONGCO"))
                .andExpect(jsonPath("$.errors[0].message").value("Không tìm thấy tổ chức cấp trên 'UP-KHONGCO'"))
                .andExpect(jsonPath("$.errors[1].row").value(5));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void answersAnUnreadableFileWith400() throws Exception {
        identityService.setAuthentication("admin", List.of(Groups.CAMUNDA_ADMIN));

        mockMvc.perform(multipart("/api/import")
                        .file(new MockMultipartFile("file", "data.xlsx", "application/octet-stream",
                                "not a workbook".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Không đọc được tệp Excel: hãy dùng tệp .xlsx"));
    }

    @Test
    void refusesUsersOutsideCamundaAdmin() throws Exception {
        identityService.setAuthentication("someone", List.of("RS-CB.committee"));
        MockMultipartFile file = csvPart("organizations", "code,name,kind\nRS-X,Chi bộ X,BASIC_CELL\n");

        mockMvc.perform(multipart("/api/import").file(file))
                .andExpect(status().isForbidden());
        identityService.clearAuthentication();
        mockMvc.perform(multipart("/api/import").file(file))
                .andExpect(status().isForbidden());

        assertThat(organizations.findByCode("RS-X")).isEmpty();
    }

    private static MockMultipartFile csvPart(String table, String text) {
        return new MockMultipartFile(table, table + ".csv", "text/csv",
                text.getBytes(StandardCharsets.UTF_8));
    }
}
