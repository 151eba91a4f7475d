package vn.partyreview.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.partyreview.demo.DemoData;
import vn.partyreview.support.SpringAppTest;
import vn.partyreview.support.TasklistBrowser;

/**
 * A demo member signs into the real Tasklist from a browser set to English (headless chromium's default) and gets
 * the Vietnamese Tasklist with the shared filters.
 */
@SpringAppTest
@Tag("browser")
class TasklistSignInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoData demoData;

    @Test
    void memberSignsInAndSeesTheSharedFilters() {
        demoData.loadIfAbsent();
        try (TasklistBrowser browser = new TasklistBrowser(port)) {
            browser.signIn("loint", "demo");
            browser.waitUntilPageContains("Việc của nhóm tôi");
            browser.screenshot("tasklist-member-signed-in");
            assertThat(browser.pageText()).contains("Việc của tôi", "Việc của nhóm tôi", "Nguyễn Thị Lợi",
                    "Bắt đầu quy trình").doesNotContain("Start process");
        }
    }
}
