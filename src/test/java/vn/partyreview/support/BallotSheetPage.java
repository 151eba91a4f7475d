package vn.partyreview.support;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The ballot sheet ({@code forms/ballot-cast.form}) as Tasklist shows it: one row per subject, its levels as radios. */
public final class BallotSheetPage {

    private BallotSheetPage() {
    }

    /** The n-th row's radio group, found by its label. */
    public static String rowXpath(int n) {
        return "//div[contains(@class,'fjs-form-field-radio')]"
                + "[label[1][starts-with(normalize-space(), 'Mức xếp loại - đối tượng số " + n + "')]]";
    }

    /** The level labels offered on the n-th row, in order. */
    public static List<String> levelsOffered(TasklistBrowser browser, int n) {
        return browser.visible(By.xpath(rowXpath(n))).findElements(By.tagName("label"))
                .stream().skip(1).map(label -> label.getText().strip()).toList();
    }

    public static WebElement choice(TasklistBrowser browser, int n, String level) {
        return browser.visible(By.xpath(rowXpath(n))).findElement(By.xpath(".//label[normalize-space()='" + level
                + "']"));
    }

    /**
     * The shown rows' headings ("1. Đồng chí …", without the brief below the name), in order; the rows beyond the
     * session's subjects are hidden.
     */
    public static List<String> rowHeadings(TasklistBrowser browser) {
        browser.visible(By.xpath(rowXpath(1)));
        List<String> headings = new ArrayList<>();
        for (int n = 1; ; n++) {
            List<WebElement> heading = browser.driver().findElements(By.xpath("//div[contains(@class,"
                    + "'fjs-form-field-text')][starts-with(normalize-space(), '" + n + ". ')]"));
            if (heading.isEmpty() || !heading.get(0).isDisplayed()) {
                return headings;
            }
            headings.add(heading.get(0).getText().strip().lines().findFirst().orElseThrow());
        }
    }
}
