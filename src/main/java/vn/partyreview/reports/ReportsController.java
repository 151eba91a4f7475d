package vn.partyreview.reports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages under {@code /reports/} (SPEC §13), signed in as {@code /api/**} is. Each page reads the caller's scope
 * from our records; a page outside it answers 403, a malformed address 400, in Vietnamese.
 */
@Controller
@RequestMapping("/reports")
public class ReportsController {

    private final IndexReport index;
    private final ProgressReport progress;
    private final LevelReport levels;
    private final PositionReport positions;
    private final HistoryReport history;
    private final PublishedReport published;

    ReportsController(IndexReport index, ProgressReport progress, LevelReport levels, PositionReport positions,
                      HistoryReport history, PublishedReport published) {
        this.index = index;
        this.progress = progress;
        this.levels = levels;
        this.positions = positions;
        this.history = history;
        this.published = published;
    }

    @GetMapping({"", "/"})
    String index(Model model) {
        model.addAttribute("page", index.of());
        return "reports/index";
    }

    @GetMapping("/campaigns/{id}")
    String progress(@PathVariable String id, @RequestParam(name = "q", required = false) String query,
                    @RequestParam(name = "late", required = false) String onlyLate, Model model) {
        model.addAttribute("page", progress.of(id, query, "true".equals(onlyLate)));
        return "reports/progress";
    }

    @GetMapping("/campaigns/{id}/levels")
    String levels(@PathVariable String id, Model model) {
        model.addAttribute("page", levels.of(id));
        return "reports/levels";
    }

    @GetMapping("/campaigns/{id}/positions")
    String positions(@PathVariable String id, @RequestParam(name = "position", required = false) String position,
                     Model model) {
        model.addAttribute("page", positions.of(id, position));
        return "reports/positions";
    }

    @GetMapping("/campaigns/{id}/organizations/{code}")
    String published(@PathVariable String id, @PathVariable String code, Model model) {
        model.addAttribute("page", published.of(id, code));
        return "reports/published";
    }

    /** The signed-in member's own history. */
    @GetMapping("/history")
    String ownHistory() {
        return history.ownCode().map(code -> "redirect:/reports/history/MEMBER/" + code)
                .orElseThrow(ReportRefusal::forbidden);
    }

    @GetMapping("/history/{type}/{code}")
    String history(@PathVariable String type, @PathVariable String code, Model model) {
        model.addAttribute("page", history.of(type, code));
        return "reports/history";
    }

    @ExceptionHandler(ReportRefusal.class)
    ModelAndView refused(ReportRefusal refusal) {
        ModelAndView view = new ModelAndView("reports/refused");
        view.addObject("message", refusal.getMessage());
        view.setStatus(refusal.status());
        return view;
    }
}
