// Opens Reckon's HTML report (a file) and the page `reckon serve` shows, in Debian's headless
// Chromium driven by playwright-core, as a reader would: fails on any console error, page error or
// request that would leave the file or 127.0.0.1, checks contrast, text alternatives and keyboard
// reach, edits a check in the served editor and waits for its verdict to change, pastes a text into
// the "check a text" box and waits for its figures to be marked, imports a file from the page and
// reads its report, opens a scan's HTML report, and saves screenshots. Usage:
//   node browser-check.mjs --report FILE --scan-report FILE --page URL --shots DIR --edit CHECK --expect VERDICT
//                          --broken CHECK --broken-after-emoji CHECK --expect-mark WORD --paste TEXT
//                          --import-csv CONTENT --import-expect SENTENCE --import-problem START
// Exit status 0 when every check passes, 1 with the failures listed otherwise.
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const executablePath = process.env.RECKON_CHROMIUM || "/usr/bin/chromium";
const failures = [];
const fail = (message) => { failures.push(message); console.error("FAIL " + message); };
const pass = (message) => console.log("ok   " + message);
const expect = (condition, message) => (condition ? pass(message) : fail(message));

function allowed(url) {
  return url.startsWith("file:") || url.startsWith("data:") || url.startsWith("about:")
    || /^http:\/\/127\.0\.0\.1(:\d+)?\//.test(url);
}

/** Watches a page: console errors, uncaught errors and outside requests are failures. */
function watch(page, name) {
  page.on("console", (message) => { if (message.type() === "error") fail(`${name}: console error: ${message.text()}`); });
  page.on("pageerror", (error) => fail(`${name}: page error: ${error.message}`));
  page.on("request", (request) => { if (!allowed(request.url())) fail(`${name}: request outside the machine: ${request.url()}`); });
}

/** WCAG 2.2 contrast of each element's text against the background it sits on (the nearest opaque one). */
async function contrastFailures(page, selector, minimum) {
  return page.$$eval(selector, (nodes, minimum) => {
    const rgb = (text) => (text.match(/[\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const background = (node) => {
      for (let n = node; n; n = n.parentElement) {
        const colour = rgb(getComputedStyle(n).backgroundColor);
        if (colour.length === 3 || colour[3] > 0.99) return colour.slice(0, 3);
      }
      return [255, 255, 255];
    };
    return nodes.filter((n) => n.textContent.trim() && n.getClientRects().length).map((n) => {
      const fg = luminance(rgb(getComputedStyle(n).color)), bg = luminance(background(n));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      return { text: n.textContent.trim().slice(0, 40), ratio };
    }).filter((r) => r.ratio < minimum).map((r) => `"${r.text}" ${r.ratio.toFixed(2)}:1`);
  }, minimum);
}

async function checkReading(page, name, { charts: drawsCharts = true } = {}) {
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    const low = await contrastFailures(page, "p, li, td, th, h1, h2, h3, h4, figcaption, .badge, .fig-tag, code, caption", 4.5);
    expect(low.length === 0, `${name} (${scheme}): text has at least 4.5:1 contrast${low.length ? ": " + low.slice(0, 5).join("; ") : ""}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.reload();  // keyboard reach is checked from the top of a fresh page
  const unlabelled = await page.$$eval("svg[role=img]", (svgs) => svgs.filter((svg) => {
    const ids = (svg.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    return ids.length < 2 || ids.some((id) => !document.getElementById(id) || !document.getElementById(id).textContent.trim());
  }).length);
  const charts = await page.$$eval("svg", (svgs) => svgs.length);
  if (drawsCharts) {
    expect(charts > 0 && unlabelled === 0, `${name}: all ${charts} charts have a title and a description`);
  } else {
    expect(unlabelled === 0, `${name}: any chart has a title and a description`);
  }
  const headless = await page.$$eval("table", (tables) => tables.filter((t) => !t.querySelector("caption") || !t.querySelector("th[scope]")).length);
  expect(headless === 0, `${name}: every table has a caption and header cells`);
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => document.activeElement && document.activeElement.textContent.trim());
  expect(/^Skip to/.test(first || ""), `${name}: the first Tab reaches the skip link ("${first}")`);
}

/**
 * Words split inside a table cell, as "canonic|al-csv": a line break between two characters of one
 * word that follows neither a hyphen nor a path's or a list's separator.
 */
async function splitWords(page) {
  return page.$$eval("td, th", (cells) => {
    const split = [];
    for (const cell of cells) {
      const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        for (const word of node.data.matchAll(/\S+/g)) {
          let top = null;
          for (let i = 0; i < word[0].length; i++) {
            const range = document.createRange();
            range.setStart(node, word.index + i);
            range.setEnd(node, word.index + i + 1);
            const box = range.getClientRects()[0];
            if (!box) continue;
            if (top !== null && Math.abs(box.top - top) > 2 && !/[-\/_.,:{]/.test(word[0][i - 1])) {
              split.push(word[0].slice(0, i) + "|" + word[0].slice(i));
            }
            top = box.top;
          }
        }
      }
    }
    return split;
  });
}

async function report(browser) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  watch(page, "report");
  await page.goto(pathToFileURL(args.report).href);
  const title = await page.textContent("h1");
  expect(title && title.trim().length > 0, `report: has a title (${title && title.trim().slice(0, 60)})`);
  const badges = await page.$$eval("article.claim .badge", (b) => b.length);
  const claims = await page.$$eval("article.claim", (a) => a.length);
  expect(claims > 0 && badges === claims, `report: ${claims} claims, each with a verdict badge`);
  const reviews = await page.$eval("script[type='application/ld+json']", (s) => JSON.parse(s.textContent));
  expect(Array.isArray(reviews) && reviews.length === claims && reviews.every((r) => r["@type"] === "ClaimReview"),
    "report: embeds one ClaimReview per claim");
  await page.screenshot({ path: join(args.shots, "report.png"), clip: { x: 0, y: 0, width: 1100, height: 1900 }, fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: join(args.shots, "report-dark.png"), clip: { x: 0, y: 0, width: 1100, height: 1300 }, fullPage: true });
  await checkReading(page, "report");
  await page.emulateMedia({ colorScheme: "light", media: "print" });
  // A4 less the page margins of report.css (210 mm - 2 x 14 mm) at 96 px to the inch.
  await page.setViewportSize({ width: 688, height: 1000 });
  const split = await splitWords(page);
  expect(split.length === 0, `report: printed on A4, no table cell splits a word (${split.slice(0, 5).join(" ")})`);
  const cut = await page.$$eval(".table-wrap", (wraps) => wraps.filter((w) => w.querySelector("table").offsetWidth > w.clientWidth).length);
  expect(cut === 0, `report: printed on A4, every table fits the page (${cut} wider)`);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.length > 10000, `report: prints to A4 (${pdf.length} bytes of PDF)`);
  await page.close();
}

/** The marks of a scanned passage: how many, and how many say their status in words, not colour alone. */
async function marks(page, container) {
  return page.$$eval(`${container} mark.fig`, (nodes) => ({
    count: nodes.length,
    worded: nodes.filter((n) => /^f\d+ (consistent|inconsistent|undecided|not checked)$/.test(
      (n.querySelector(".fig-tag") || { textContent: "" }).textContent.replace(/^[^f]*/, "").trim())).length,
    inconsistent: nodes.filter((n) => n.classList.contains("status-inconsistent")).length,
  }));
}

async function scanReport(browser) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  watch(page, "scan report");
  await page.goto(pathToFileURL(args["scan-report"]).href);
  const found = await marks(page, ".passage");
  expect(found.count > 0 && found.worded === found.count,
    `scan report: ${found.count} figures marked in the text, each with its id and status in words`);
  const rows = await page.$$eval("#figures-heading ~ .table-wrap tbody tr", (r) => r.length);
  expect(rows === found.count, `scan report: the figure table lists the same ${rows} figures`);
  const relations = await page.$$eval("article.relation", (a) => a.filter((r) => r.querySelector(".badge") && r.querySelector(".explanation")).length);
  expect(relations > 0, `scan report: ${relations} relations, each with a verdict badge and an explanation`);
  await page.click(".passage .fig-tag");
  const target = await page.evaluate(() => location.hash);
  expect(/^#figure-f\d+$/.test(target), `scan report: a figure's tag leads to its row (${target})`);
  await page.goto(pathToFileURL(args["scan-report"]).href);
  await page.screenshot({ path: join(args.shots, "scan-report.png"), clip: { x: 0, y: 0, width: 1100, height: 1300 }, fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: join(args.shots, "scan-report-dark.png"), clip: { x: 0, y: 0, width: 1100, height: 900 }, fullPage: true });
  await checkReading(page, "scan report", { charts: false });
  await page.close();
}

async function pasteText(page) {
  await page.fill("#scan-text", args.paste);
  await page.press("#scan-text", "Control+Enter");
  await page.waitForSelector("#scan-passage mark.fig", { timeout: 15000 }).then(async () => {
    const found = await marks(page, "#scan-passage");
    expect(found.count > 0 && found.worded === found.count,
      `page: a pasted text comes back with ${found.count} figures marked in place, each with its status in words`);
    expect(found.inconsistent > 0, `page: the pasted text's contradiction is marked (${found.inconsistent} inconsistent figures)`);
    const rebuilt = await page.$eval("#scan-passage", (p) => p.textContent.replace(/f\d+ (consistent|inconsistent|undecided|not checked)/g, ""));
    const symbols = /[✓✗≈–]/g;
    expect(rebuilt.replace(symbols, "") === args.paste.replace(symbols, ""), "page: the marked passage is the pasted text, word for word");
    const verdicts = await page.$$eval("#scan-relations .badge", (b) => b.map((x) => x.textContent.trim()));
    expect(verdicts.length > 0, `page: the relations are listed with their verdicts (${verdicts.join(", ")})`);
  }, () => fail("page: the pasted text's figures were not marked"));
  const box = await page.$("section[aria-labelledby=scan-heading]");
  await box.screenshot({ path: join(args.shots, "page-scan.png") });
}

/** Imports a file from the page, under a name in another script, and reads the import's report. */
async function importAFile(page) {
  await page.setInputFiles("#import-file", { name: "Beiträge (1).csv", mimeType: "text/csv", buffer: Buffer.from(args["import-csv"]) });
  await page.click("#import-button");
  await page.waitForFunction(() => / rejected\./.test(document.querySelector("#import-status").textContent), null, { timeout: 30000 })
    .then(async () => {
      const said = (await page.textContent("#import-status p")).trim();
      expect(said === args["import-expect"], `page: an imported file's report says what was read ("${said}")`);
      const problem = (await page.textContent("#import-status li")).trim();
      expect(problem.startsWith(args["import-problem"]), `page: a rejected row is named by its line and column ("${problem}")`);
      const notes = await page.$$eval("#import-status p.meta", ps => ps.map(p => p.textContent.trim()));
      expect(notes.length > 0 && notes.every(n => n.charAt(0) === n.charAt(0).toUpperCase()),
          `page: the import's notes stand as sentences (${JSON.stringify(notes)})`);
    }, async () => fail(`page: the file's import was not reported ("${await page.textContent("#import-status")}")`));
  const box = await page.$("section[aria-labelledby=import-heading]");
  await box.screenshot({ path: join(args.shots, "page-import.png") });
}

async function served(browser) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  watch(page, "page");
  await page.goto(args.page);
  await page.waitForSelector("#check-status .badge", { timeout: 15000 });
  const before = (await page.textContent("#check-status .badge")).trim();
  pass(`page: the editor shows the first claim's verdict (${before})`);
  await page.fill("#check", "");
  await page.type("#check", args.edit, { delay: 5 });
  await page.waitForFunction((verdict) => {
    const badge = document.querySelector("#check-status .badge");
    return badge && badge.textContent.trim().endsWith(verdict);
  }, args.expect, { timeout: 15000 }).then(() => pass(`page: editing the check changes its verdict to ${args.expect}`),
    () => fail(`page: the verdict did not become ${args.expect}`));
  await page.screenshot({ path: join(args.shots, "page-editor.png"), clip: { x: 0, y: 0, width: 1100, height: 760 } });
  await page.fill("#check", args.broken);
  await page.waitForSelector("#check-echo mark", { timeout: 15000 }).then(async () => {
    const where = await page.textContent("#check-status .where");
    pass(`page: a broken check is underlined where it is wrong (${where.trim()})`);
  }, () => fail("page: a broken check was not underlined"));
  await page.screenshot({ path: join(args.shots, "page-error.png"), clip: { x: 0, y: 0, width: 1100, height: 760 } });
  if (args["broken-after-emoji"]) {
    await page.fill("#check", args["broken-after-emoji"]);
    // The echo copies the check once its answer is in: wait for this check's, not the previous one's.
    await page.waitForFunction((check) => document.querySelector("#check-echo mark")
      && document.querySelector("#check-echo").textContent === check, args["broken-after-emoji"], { timeout: 15000 }).then(async () => {
      const marked = await page.textContent("#check-echo mark");
      expect(marked === args["expect-mark"], `page: an error after an emoji is underlined at its own word ("${marked}")`);
    }, () => fail("page: a broken check after an emoji was not underlined"));
  }
  await page.fill("#check", args.edit);
  await page.waitForFunction(() => !document.querySelector("#check-echo mark"), null, { timeout: 15000 });
  if (args.paste) await pasteText(page);
  await checkReading(page, "page");
  const series = await page.$$eval("#series-heading ~ .table-wrap tbody tr", (rows) => rows.length);
  expect(series > 0, `page: the data view lists ${series} series`);
  if (args["import-csv"]) await importAFile(page);
  await page.close();
}

mkdirSync(args.shots, { recursive: true });
const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run"],
});
try {
  if (args.report) await report(browser);
  if (args["scan-report"]) await scanReport(browser);
  if (args.page) await served(browser);
} catch (error) {
  fail("unexpected: " + (error && error.stack || error));
} finally {
  await browser.close();
}
console.log(failures.length ? `${failures.length} browser check(s) failed` : "every browser check passed");
process.exit(failures.length ? 1 : 0);
