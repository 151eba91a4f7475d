package vn.partyreview.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** In the demo run only: loads the demo ward and prints where to sign in and as whom. */
@Component
@Profile("demo")
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demoData;
    private final String port;

    DemoDataLoader(DemoData demoData, @Value("${local.server.port:8080}") String port) {
        this.demoData = demoData;
        this.port = port;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadAndAnnounce() {
        boolean loaded = demoData.loadIfAbsent();
        log.info("""

                ==================================================================================
                 Demo ward {} — open http://localhost:{}/camunda/app/tasklist/
                 Every demo password is: demo
                   demo     administrator (Tasklist, Cockpit, Admin)
                   binhnv   Bí thư Chi bộ Tổ dân phố số 1 (cell committee CB-TDP01)
                   loint    Đảng viên Chi bộ Tổ dân phố số 1 (member)
                   cuongnm  Bí thư Chi bộ Tổ dân phố số 2 (cell committee CB-TDP02)
                   thaonp   Bí thư Chi bộ Trường THCS Giang Biên
                   hungnv   Bí thư Đảng ủy phường Giang Biên (ward committee DU-GIANGBIEN)
                   ngocbt   Văn phòng Đảng ủy phường, theo dõi tiến độ (Cockpit)
                   maihtp   Chủ tịch UB MTTQ phường (opinions of MTTQ-GIANGBIEN)
                   lanhtt   Chuyên viên Ban Tổ chức Quận ủy (QU-LONGBIEN.organizing)
                   thuynt   Theo dõi tiến độ cấp quận (Cockpit, QU-LONGBIEN.supervisor)
                 The full list of logins is in README.md.
                ==================================================================================""",
                loaded ? "loaded" : "already present", port);
    }
}
