package vn.partyreview.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import endpoint behind the real /api sign-in: administrators only. */
class ImportControllerTest extends ImportTestBase {

    @Autowired
    MockMvc mockMvc;

    private static final String ADMIN = basic("admin", "test-admin-Secret-1");

    @Test
    void importsCsvPartsForAnAdministrator() throws Exception {
        mockMvc.perform(multipart("/api/import")
                        .file(csvPart("organizations", "code,name,kind\nRS-CB,Chi bộ cơ sở REST,BASIC_CELL\n"))
                        .file(csvPart("members", "code,user_id,full_name,official_cell,admitted_on\n"
                                + "RS-M1,rs.a,Đinh Văn A,RS-CB,03/02/1999\n"))
                        .header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.organizations").value(1))
                .andExpect(jsonPath("$.counts.members").value(1))
                .andExpect(jsonPath("$.createdUsers[0].userId").value("rs.a"))
                .andExpect(jsonPath("$.createdUsers[0].initialPassword").isNotEmpty());

        assertThat(usersOf("RS-CB.members")).containsExactly("rs.a");
    }

    @Test
    void answersEveryErrorWith400() throws Exception {
        Snapshot before = snapshot();

        mockMvc.perform(multipart("/api/import")
                        .file(new MockMultipartFile("organizations", "organizations.csv", "text/csv",
                                bytes("/import/unknown-parent/organizations.csv")))
                        .header(HttpHeaders.AUTHORIZATION, ADMIN))
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
    void answersAnUnknownSectorWith400NamingRowAndColumn() throws Exception {
        Snapshot before = snapshot();

        mockMvc.perform(multipart("/api/import")
                        .file(new MockMultipartFile("organizations", "organizations.csv", "text/csv",
                                bytes("/import/bad-sector/organizations.csv")))
                        .file(new MockMultipartFile("members", "members.csv", "text/csv",
                                bytes("/import/bad-sector/members.csv")))
                        .header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].table").value("members"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("work_sector"))
                .andExpect(jsonPath("$.errors[0].value").value("GIAO_DUC"));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void answersAnUnreadableFileWith400() throws Exception {
        mockMvc.perform(multipart("/api/import")
                        .file(new MockMultipartFile("file", "data.xlsx", "application/octet-stream",
                                "not a workbook".getBytes()))
                        .header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Không đọc được tệp Excel: hãy dùng tệp .xlsx"));
    }

    @Test
    void refusesUsersOutsideCamundaAdmin() throws Exception {
        if (identityService.createUserQuery().userId("someone").count() == 0) {
            User someone = identityService.newUser("someone");
            someone.setPassword("someone-Password-1");
            identityService.saveUser(someone);
        }
        MockMultipartFile file = csvPart("organizations", "code,name,kind\nRS-X,Chi bộ X,BASIC_CELL\n");

        mockMvc.perform(multipart("/api/import").file(file)
                        .header(HttpHeaders.AUTHORIZATION, basic("someone", "someone-Password-1")))
                .andExpect(status().isForbidden());
        mockMvc.perform(multipart("/api/import").file(file))
                .andExpect(status().isUnauthorized());

        assertThat(organizations.findByCode("RS-X")).isEmpty();
    }

    private static String basic(String userId, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static MockMultipartFile csvPart(String table, String text) {
        return new MockMultipartFile(table, table + ".csv", "text/csv",
                text.getBytes(StandardCharsets.UTF_8));
    }
}
