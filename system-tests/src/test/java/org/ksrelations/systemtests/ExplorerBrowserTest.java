package org.ksrelations.systemtests;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ksrelations.launcher.Suite;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web explorer that the gateway serves at /, in a real headless Chromium against the packaged suite (started as
 * ./run.sh starts it). Every expectation is checked against what the API itself answers. Screenshots of each view go
 * to target/explorer-screenshots/. Needs Debian's chromium and chromium-driver; without them the tests are skipped,
 * except in CI (CI set), where .ci/run installs them and their absence is a failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserTest {

    static final Path SHOTS = Path.of("target", "explorer-screenshots");
    static final String BRUSSELS = "2013-04-19-brussels-agreement";

    static Suite suite;
    static Browser browser;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        if (!Browser.available()) {
            String msg = "Chromium not installed (" + Browser.CHROMIUM + ", " + Browser.CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver to run the explorer's browser tests";
            if (System.getenv("CI") != null) {
                fail(msg + " — CI must have it (.ci/run installs it)");
            }
            assumeTrue(false, msg);
        }
        suite = SystemSuite.start("ksr-explorer");
        base = suite.app("gateway").baseUrl();
        browser = new Browser(1280, 1000);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            SystemSuite.stop(suite);
        }
    }

    static JsonPath api(String pathAndQuery) {
        return given().baseUri(base).get(pathAndQuery).then().statusCode(200).extract().jsonPath();
    }

    int timelineCount() {
        String c = browser.find("#timeline-list").getAttribute("data-count");
        return c == null ? 0 : Integer.parseInt(c);
    }

    List<String> itemIds() {
        return browser.all("#timeline-list > li").stream().map(li -> li.getAttribute("data-id")).toList();
    }

    /** Opens the explorer at {@code hash} ({@code #/<view>...}) and waits until that view has settled. */
    private void openView(String hash) {
        browser.open(base + "/" + hash);
        browser.settled(hash.substring(2).split("[/?]")[0]);
    }

    @Test
    @Order(1)
    void theTimelineLoadsAtTheRootFromTheGatewayAloneWithDatesAtTheirPrecision() throws IOException {
        browser.open(base + "/");
        browser.settled("timeline");
        browser.until("first page", () -> timelineCount() == 25);
        JsonPath first = api("/api/v1/timeline?limit=25");
        assertEquals(first.getList("items.id"), itemIds(), "the page lists the API's first timeline page in order");
        // the first entry is dated to the year only and must say just the year
        assertEquals("YEAR", first.getString("items[0].datePrecision"));
        WebElement firstDate = browser.find("#timeline-list > li time");
        assertEquals(first.getString("items[0].date").substring(0, 4), firstDate.getText());
        // nothing is requested from anywhere but the gateway
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) browser.js(
                "return performance.getEntriesByType('resource').map(e => e.name);");
        for (String r : resources) {
            assertEquals(URI.create(base).getAuthority(), URI.create(r).getAuthority(), "outside request: " + r);
        }
        browser.screenshot(SHOTS.resolve("timeline.png"));
    }

    @Test
    @Order(2)
    void scrollingToTheEndLoadsTheNextPageThroughNextCursor() {
        openView("#/timeline");
        browser.until("first page", () -> timelineCount() == 25);
        browser.js("window.scrollTo(0, document.body.scrollHeight);");
        browser.until("second page after scrolling", () -> timelineCount() >= 50);
        List<String> ids = itemIds();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no entry twice across pages");
        JsonPath first = api("/api/v1/timeline?limit=25");
        JsonPath second = api("/api/v1/timeline?limit=25&cursor=" + first.getString("nextCursor"));
        assertEquals(second.getList("items.id"), ids.subList(25, 50), "the second page is the API's nextCursor page");
        List<String> dates = browser.all("#timeline-list > li").stream().map(li -> li.getAttribute("data-date")).toList();
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(dates.get(i - 1).compareTo(dates.get(i)) <= 0, "in date order: " + dates);
        }
    }

    @Test
    @Order(3)
    void aCategoryFilterChosenInTheFormNarrowsTheTimelineToThoseEvents() throws IOException {
        openView("#/timeline");
        browser.until("categories loaded", () -> browser.all("#f-category option").size() > 1);
        new Select(browser.find("#f-category")).selectByValue("AGREEMENT");
        browser.find("form.filters button[type=submit]").click();
        browser.until("URL carries the filter", () -> browser.driver.getCurrentUrl().contains("category=AGREEMENT"));
        browser.settled("timeline");
        browser.until("filtered list", () -> browser.find("#timeline-status").getText().length() > 0
                && !browser.find("#timeline-status").getText().contains("…"));
        JsonPath expected = api("/api/v1/events?category=AGREEMENT&sort=date&includeTotal=true&limit=500");
        int total = expected.getInt("totalItems");
        assertTrue(total > 0 && total < 25, "the category is small enough to show on one page: " + total);
        assertEquals(expected.getList("items.slug"), itemIds(), "exactly the events of that category, by date");
        assertTrue(browser.all("#timeline-list > li").stream().allMatch(li -> "EVENT".equals(li.getAttribute("data-kind"))));
        assertTrue(browser.find("#events-only").isDisplayed(), "says that the filter applies to events");
        browser.screenshot(SHOTS.resolve("timeline-filtered.png"));
    }

    @Test
    @Order(4)
    void aPeriodFilterKeepsOnlyEntriesOfThoseYearsFromAShareableUrl() {
        openView("#/timeline?from=2013&to=2013");
        browser.until("entries of 2013", () -> timelineCount() > 0);
        assertEquals("2013", browser.find("#f-from").getAttribute("value"), "the form shows the URL's filter");
        List<String> dates = browser.all("#timeline-list > li").stream().map(li -> li.getAttribute("data-date")).toList();
        assertTrue(dates.stream().allMatch(d -> d.startsWith("2013-")), "only 2013: " + dates);
        assertEquals(api("/api/v1/timeline?from=2013-01-01&to=2013-12-31&limit=25").getList("items.id"), itemIds());
    }

    @Test
    @Order(5)
    void anEntryOpenedByKeyboardShowsItsSourcesWithLinks() {
        openView("#/timeline?from=2013&to=2013&kinds=event");
        browser.until("entries", () -> timelineCount() > 0);
        WebElement summary = browser.find("#timeline-list > li details > summary");
        summary.sendKeys(Keys.ENTER);
        browser.until("sources shown", () -> !browser.all("#timeline-list > li details[open] .sources a").isEmpty());
        String slug = browser.find("#timeline-list > li").getAttribute("data-id");
        String firstUrl = api("/api/v1/events/" + slug).getString("sources[0].url");
        assertEquals(firstUrl, browser.find("#timeline-list > li details[open] .sources a").getAttribute("href"));
    }

    @Test
    @Order(6)
    void theLanguageSwitchChangesTheTextsAndKeepsTheLanguageInTheUrl() throws IOException {
        openView("#/timeline?from=2013&to=2013&kinds=event");
        browser.until("entries", () -> timelineCount() > 0);
        String heading = browser.find("h1").getText();
        List<String> titlesEn = browser.all("#timeline-list .item-title").stream().map(WebElement::getText).toList();
        browser.find("button[data-lang=mk]").click();
        browser.until("lang=mk in the URL", () -> browser.driver.getCurrentUrl().contains("lang=mk"));
        browser.settled("timeline");
        browser.until("entries in Macedonian", () -> timelineCount() > 0);
        assertEquals("Хронологија на односите Косово–Србија", browser.find("h1").getText());
        assertNotEquals(heading, browser.find("h1").getText());
        assertEquals("mk", browser.find("html").getAttribute("lang"));
        assertEquals("true", browser.find("button[data-lang=mk]").getAttribute("aria-pressed"));
        List<String> titlesMk = browser.all("#timeline-list .item-title").stream().map(WebElement::getText).toList();
        assertEquals(api("/api/v1/timeline?from=2013-01-01&to=2013-12-31&kinds=event&lang=mk&limit=25").getList("items.title"),
                titlesMk, "titles as the API gives them in Macedonian");
        assertNotEquals(titlesEn, titlesMk);
        assertTrue(browser.find("a[data-nav=agreements]").getAttribute("href").contains("lang=mk"), "links keep the language");
        browser.screenshot(SHOTS.resolve("timeline-mk.png"));
        browser.find("button[data-lang=en]").click();
        browser.until("back to English", () -> !browser.driver.getCurrentUrl().contains("lang=mk"));
    }

    @Test
    @Order(7)
    void anAgreementShowsItsFactsProvisionsMilestonesAndLinkedEvents() throws IOException {
        openView("#/agreements");
        assertEquals(api("/api/v1/agreements?limit=500").getInt("items.size()"), browser.all("#agreement-list > li").size());
        browser.screenshot(SHOTS.resolve("agreements.png"));
        browser.find("#agreement-list a[href*='" + BRUSSELS + "']").click();
        browser.settled("agreements");
        browser.until("linked events", () -> browser.all("#linked-events .loading").isEmpty());
        JsonPath a = api("/api/v1/agreements/" + BRUSSELS + "?lang=en");
        assertEquals(a.getString("title"), browser.find("#agreement-title").getText());
        assertEquals(a.getInt("provisions.size()"), browser.all("#provisions tbody tr").size());
        assertEquals(a.getInt("milestones.size()"), browser.all("#milestones > li").size());
        String facts = browser.find("dl.facts").getText();
        assertTrue(facts.contains(a.getString("facilitator")), facts);
        assertTrue(facts.toLowerCase().contains(a.getString("status").toLowerCase().replace('_', ' ')), facts);
        int linked = api("/api/v1/events?agreement=" + BRUSSELS + "&limit=100").getInt("items.size()");
        assertTrue(linked > 0);
        assertEquals(linked, browser.all("#linked-events li[data-kind=EVENT]").size());
        browser.screenshot(SHOTS.resolve("agreement.png"));
    }

    @Test
    @Order(8)
    void movingTheMapDateChangesTheCountAndTheColours() throws IOException {
        openView("#/recognition?date=2008-02-29");
        int early = Integer.parseInt(browser.until("count", () -> browser.find("#recognition-count").getAttribute("data-count")));
        assertEquals(api("/api/v1/recognitions/as-of/2008-02-29").getInt("counts.RECOGNIZES"), early);
        Set<String> greenEarly = greenStates();
        assertFalse(greenEarly.isEmpty(), "recognising states are coloured");
        assertTrue(greenEarly.contains("FR") && !greenEarly.contains("JP"), "France by Feb 2008, Japan only in March");
        assertEquals(api("/api/v1/recognitions/stats?groupBy=year").getInt("years.size()"),
                browser.all("#recognition-chart rect.bar").size(), "one bar per year");
        assertEquals(browser.all("#recognition-chart rect.bar").size(), browser.all("#chart-table tbody tr").size(),
                "the chart has its table");
        assertEquals(197, browser.all("#map-table tbody tr").size(), "the map has its table");

        WebElement slider = browser.find("#map-date");
        slider.sendKeys(Keys.END);
        browser.until("count for today", () -> !String.valueOf(early).equals(
                browser.find("#recognition-count").getAttribute("data-count")));
        int now = Integer.parseInt(browser.find("#recognition-count").getAttribute("data-count"));
        String today = LocalDate.now().toString();
        assertEquals(api("/api/v1/recognitions/as-of/" + today).getInt("counts.RECOGNIZES"), now);
        assertTrue(now > early, early + " → " + now);
        Set<String> greenNow = greenStates();
        assertTrue(greenNow.contains("JP"), "Japan is coloured as recognising today");
        assertTrue(greenNow.size() > greenEarly.size(), "more states coloured green");
        assertEquals("recognition", browser.find("main").getAttribute("data-view"));
        browser.screenshot(SHOTS.resolve("recognition.png"));

        slider.sendKeys(Keys.HOME);
        browser.until("back to February 2008", () -> String.valueOf(early).equals(
                browser.find("#recognition-count").getAttribute("data-count")));
        assertEquals(greenEarly, greenStates());
    }

    Set<String> greenStates() {
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) browser.js(
                "return [...document.querySelectorAll('#world-map path.stance-RECOGNIZES')].map(p => p.dataset.code);");
        return new HashSet<>(codes);
    }

    @Test
    @Order(9)
    void aStatePageShowsItsActsAndSources() throws IOException {
        openView("#/states/JP");
        JsonPath st = api("/api/v1/states/JP");
        assertEquals(st.getString("name"), browser.find("#state-name").getText());
        assertEquals(st.getInt("acts.size()"), browser.all("#state-acts > li").size());
        assertTrue(browser.all("#state-acts .sources a").size() > 0, "the acts show their sources");
        browser.screenshot(SHOTS.resolve("state.png"));
    }

    @Test
    @Order(10)
    void problemAnswersOfTheApiAreShownAsMessages() throws IOException {
        openView("#/states/zz");
        WebElement box = browser.find(".message.problem[role=alert]");
        JsonPath problem = given().baseUri(base).get("/api/v1/states/zz").then().statusCode(404).extract().jsonPath();
        assertEquals("404", box.getAttribute("data-status"));
        assertTrue(box.getText().contains(problem.getString("title")), box.getText());

        browser.go("#/timeline?from=20x3");
        browser.settled("timeline");
        browser.until("problem for from", () -> !browser.all(".message.problem[data-status='400']").isEmpty());
        String text = browser.find(".message.problem").getText();
        assertTrue(text.contains("from"), "names the parameter: " + text);
        browser.screenshot(SHOTS.resolve("problem.png"));
    }

    @Test
    @Order(11)
    void onAPhoneSizedScreenNothingOverflowsSideways() throws IOException {
        try (Browser phone = new Browser(390, 844)) {
            phone.open(base + "/");
            Number viewport = (Number) phone.js("return window.innerWidth;");
            assertTrue(viewport.intValue() <= 400, "a phone-sized viewport: " + viewport);
            for (String view : List.of("#/timeline", "#/agreements/" + BRUSSELS, "#/recognition", "#/states/FR")) {
                phone.open(base + "/" + view);
                phone.until("rendered " + view, () -> "false".equals(phone.find("main").getAttribute("aria-busy")));
                Number overflow = (Number) phone.js(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow.intValue() <= 0, view + " overflows by " + overflow + " px");
            }
            phone.open(base + "/#/timeline?lang=mk");
            phone.until("entries", () -> !phone.all("#timeline-list > li").isEmpty());
            phone.screenshot(SHOTS.resolve("timeline-phone-mk.png"));
            phone.open(base + "/#/recognition");
            phone.until("map", () -> phone.find("#recognition-count").getAttribute("data-count") != null);
            phone.screenshot(SHOTS.resolve("recognition-phone.png"));
        }
    }

    @Test
    @Order(12)
    void withRecognitionServiceStoppedTheRestKeepsWorkingAndTheOutageIsShown() throws IOException {
        suite.stop("recognition");
        openView("#/timeline?from=2008&to=2008");
        browser.until("events still listed", () -> timelineCount() > 0);
        assertTrue(browser.find("#timeline-incomplete").getText().contains("recognition"),
                "says which part is missing");
        assertTrue(browser.all("#timeline-list > li").stream().noneMatch(li -> "RECOGNITION".equals(li.getAttribute("data-kind"))));

        // a date this browser has not asked for yet (public reads are cacheable, and a cached answer would be shown)
        browser.go("#/recognition?date=2019-12-31");
        browser.settled("recognition");
        WebElement box = browser.until("outage message", () -> browser.find(".message.problem[data-status='503']"));
        assertTrue(box.getText().contains("not answering"), box.getText());
        browser.screenshot(SHOTS.resolve("recognition-outage.png"));

        browser.go("#/agreements/" + BRUSSELS);
        browser.settled("agreements");
        assertEquals(api("/api/v1/agreements/" + BRUSSELS + "?lang=en").getString("title"),
                browser.find("#agreement-title").getText(), "agreements still work");
    }
}
