package vn.partyreview.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.partyreview.demo.DemoData;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TasklistBrowser;

/**
 * Tasklist and the Welcome page speak Vietnamese: the application's {@code app/{tasklist,welcome}/locales/vi.json}
 * and {@code scripts/config.js} under {@code META-INF/resources/webjars/camunda} take precedence over the webjar's.
 * The browser asks for Vietnamese first, as the officials' browsers do (Camunda picks the browser's first language
 * when config.js lists it, otherwise the fallback locale).
 */
@SpringAppTest
@Tag("browser")
class TasklistVietnameseBrowserTest {

    private static final String WEBAPP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*\\w+\\s*}}");
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|br)\\b[^>]*>");

    @LocalServerPort
    int port;
    @Autowired
    DemoData demoData;

    @Test
    void loginPageTasklistAndWelcomePageAreVietnamese() {
        demoData.loadIfAbsent();
        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            preferVietnamese(browser);
            browser.signOut();
            browser.visible(By.cssSelector("input[ng-model=username]"));
            browser.waitUntilPageContains("Đăng nhập");
            browser.screenshot("tasklist-vi-login");
            assertThat(browser.driver().findElement(By.cssSelector("button[type=submit]")).getText())
                    .isEqualTo("Đăng nhập");
            assertThat(browser.driver().findElement(By.cssSelector("input[ng-model=username]"))
                    .getAttribute("placeholder")).isEqualTo("Tên đăng nhập");
            assertThat(browser.driver().findElement(By.cssSelector("input[ng-model=password]"))
                    .getAttribute("placeholder")).isEqualTo("Mật khẩu");
            assertThat(browser.pageText()).contains("Kiểm điểm, đánh giá, xếp loại chất lượng")
                    .doesNotContain("Log in", "Username", "Password", "Tasklist");

            browser.signIn("loint", "demo");
            browser.waitUntilPageContains("Bắt đầu quy trình");
            untilLoaded(browser, By.tagName("body"));
            browser.screenshot("tasklist-vi-signed-in");
            assertThat(browser.pageText())
                    .contains("Bắt đầu quy trình", "Hệ thống Kiểm điểm, đánh giá, xếp loại chất lượng",
                            "Việc của tôi", "Nguyễn Thị Lợi", "Chọn một việc trong danh sách.")
                    // "Tạo việc" is hidden (styles/user-styles.css): the guard refuses standalone tasks anyway
                    .doesNotContain("Tạo việc", "Start process", "Create task", "Select a task", "Powered by",
                            "Loading");
            assertThat(browser.driver().getTitle()).isEqualTo("Hệ thống Kiểm điểm, đánh giá, xếp loại chất lượng");

            browser.driver().findElement(By.cssSelector(".start-process-action a")).click();
            String dialog = untilLoaded(browser, By.cssSelector(".modal-content"));
            browser.screenshot("tasklist-vi-start-process");
            assertThat(browser.driver().findElement(By.cssSelector(".modal-header input")).getAttribute("placeholder"))
                    .isEqualTo("Tìm theo tên quy trình.");
            assertThat(dialog).contains("Bắt đầu quy trình")
                    .containsAnyOf("Bấm vào quy trình cần bắt đầu.", "Không có định nghĩa quy trình nào.")
                    .doesNotContain("Start process", "Click on the process", "no process definitions", "Close");

            browser.driver().get("http://localhost:" + port + "/camunda/app/welcome/default/");
            browser.waitUntilPageContains("Ứng dụng");
            browser.waitUntilPageContains("Danh sách việc");
            browser.screenshot("welcome-vi");
            assertThat(browser.pageText()).contains("Hồ sơ", "Danh sách việc", "Sửa hồ sơ", "Đổi mật khẩu")
                    .doesNotContain("Applications", "Profile", "Tasklist");

            // Camunda's first name holds family and middle names (IdentityProvisioning): the labels say so.
            browser.driver().findElement(By.linkText("Sửa hồ sơ")).click();
            browser.waitUntilPageContains("Họ và tên đệm");
            browser.screenshot("welcome-vi-edit-profile");
            assertThat(browser.pageText()).contains("Sửa hồ sơ của đồng chí", "Họ và tên đệm", "Tên", "Thư điện tử")
                    .doesNotContain("First name", "Last name");
        }
    }

    /** Every key of Camunda's en.json has a Vietnamese text keeping its {{placeholders}} and HTML. */
    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
    void vietnameseHasEveryKeyAndPlaceholderOfEnglish(String app) throws IOException {
        Map<String, String> english = flatten(read(app + "/locales/en.json"));
        Map<String, String> vietnamese = flatten(read(app + "/locales/vi.json"));

        assertThat(vietnamese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        english.forEach((key, text) -> {
            assertThat(all(PLACEHOLDER, vietnamese.get(key))).as(key).isEqualTo(all(PLACEHOLDER, text));
            assertThat(all(HTML_TAG, vietnamese.get(key))).as(key).isEqualTo(all(HTML_TAG, text));
        });
    }

    /** Waits until the element shows and no longer says "Loading…" (Đang tải…); returns its text. */
    private static String untilLoaded(TasklistBrowser browser, By locator) {
        browser.visible(locator);
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
            String text = driver.findElement(locator).getText();
            return text.contains("Đang tải") ? null : text;
        });
    }

    /**
     * The officials' browsers ask for Vietnamese first. Headless chromium keeps {@code navigator.languages} at
     * en-US despite {@code --lang=vi}; the DevTools user-agent override sets it (and Accept-Language) to vi.
     */
    private static void preferVietnamese(TasklistBrowser browser) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        String userAgent = (String) chrome.executeScript("return navigator.userAgent");
        chrome.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", "vi"));
        assertThat(chrome.executeScript("return navigator.languages[0]")).isEqualTo("vi");
    }

    private static JsonNode read(String path) throws IOException {
        try (InputStream in = TasklistVietnameseBrowserTest.class.getClassLoader().getResourceAsStream(WEBAPP + path)) {
            assertThat(in).as(path).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> flat = new TreeMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> flat) {
        if (node.isContainerNode()) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    flatten(path + "[" + i + "]", node.get(i), flat);
                }
            } else {
                node.fields().forEachRemaining(field -> flatten(path + "/" + field.getKey(), field.getValue(), flat));
            }
        } else {
            flat.put(path, node.asText());
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }
}
