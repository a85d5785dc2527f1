// The check editor: evaluates the check as it is typed through the API this page came from,
// shows the verdict, and underlines where a syntax or type error is; and the "check a text" box.
// Nothing else is fetched.
(function () {
  "use strict";
  var input = document.getElementById("check");
  var status = document.getElementById("check-status");
  var echo = document.getElementById("check-echo");
  var token = document.getElementById("token");
  var tokenBox = document.getElementById("token-box");
  var timer = null;
  var latest = 0;
  var symbols = { "true": "✓", "false": "✗", "undecided": "≈", "no-data": "∅", "invalid": "!" };

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function badge(verdict) {
    var node = element("span", "badge verdict-" + verdict);
    var mark = element("span", null, symbols[verdict] || "");
    mark.setAttribute("aria-hidden", "true");
    node.appendChild(mark);
    node.appendChild(document.createTextNode(verdict));
    return node;
  }

  // Copies the check with the erroneous word wrapped in <mark>: line and column are 1-based, and the
  // column counts characters (code points) as the server does, where JavaScript counts UTF-16 units,
  // so an emoji or other astral character earlier on the line does not shift the mark.
  function underline(text, line, column) {
    echo.textContent = "";
    if (!line || !column) { return; }
    var lines = text.split("\n");
    var offset = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) { offset += lines[i].length + 1; }
    var before = Array.from(lines[Math.min(line, lines.length) - 1] || "").slice(0, column - 1).join("");
    var start = Math.min(offset + before.length, text.length);
    var end = start;
    while (end < text.length && !/\s/.test(text.charAt(end))) { end++; }
    if (end === start) { end = Math.min(start + 1, text.length); }
    echo.appendChild(document.createTextNode(text.slice(0, start)));
    // A mark at the very end of the text (something missing) needs a visible place holder.
    echo.appendChild(element("mark", null, end > start ? text.slice(start, end) : " "));
    echo.appendChild(document.createTextNode(text.slice(end)));
  }

  function show(view, text) {
    status.textContent = "";
    var head = element("p");
    head.appendChild(badge(view.verdict));
    status.appendChild(head);
    if (view.error) {
      var where = view.error.line ? "Line " + view.error.line + ", column " + view.error.column + ": " : "";
      status.appendChild(element("p", "where", where + view.error.message));
      underline(text, view.error.line, view.error.column);
      input.setAttribute("aria-invalid", "true");
    } else {
      echo.textContent = "";
      input.removeAttribute("aria-invalid");
      status.appendChild(element("p", "explanation", view.explanation));
      status.appendChild(element("p", "rule", "Rule that decided: " + view.rule));
    }
  }

  function problem(answer) {
    status.textContent = "";
    if (answer.status === 401 || answer.status === 403) {
      tokenBox.open = true;
      status.appendChild(element("p", "where", "This server needs its API token to evaluate checks: enter it below."));
      return;
    }
    status.appendChild(element("p", "where", answer.detail || "The check could not be evaluated."));
  }

  function evaluate() {
    var text = input.value;
    if (!text.trim()) { status.textContent = ""; echo.textContent = ""; return; }
    var request = ++latest;
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    if (token.value) { headers.Authorization = "Bearer " + token.value; }
    fetch("/api/v1/evaluations", { method: "POST", headers: headers, body: JSON.stringify({ check: text }) })
      .then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body }; });
      })
      .then(function (answer) {
        if (request !== latest) { return; }  // a later keystroke's answer is the one to show
        if (answer.status === 200) { show(answer.body, text); } else { answer.body.status = answer.status; problem(answer.body); }
      })
      .catch(function () {
        if (request === latest) { problem({ detail: "The server did not answer; is reckon serve still running?" }); }
      });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(evaluate, 250);
  });
  token.addEventListener("change", evaluate);
  evaluate();
  // The "check a text" box: the pasted text goes to POST /api/v1/scans (no token: it changes
  // nothing) and comes back with every figure's place, status and relations, drawn as
  // `reckon scan --format html` draws them.
  var scanText = document.getElementById("scan-text");
  var scanButton = document.getElementById("scan-button");
  var scanStatus = document.getElementById("scan-status");
  var scanResult = document.getElementById("scan-result");
  var figureSymbols = { "consistent": "✓", "inconsistent": "✗", "undecided": "≈", "not-checked": "–" };
  var latestScan = 0;

  function plural(count, word) { return count + " " + word + (count === 1 ? "" : "s"); }

  function scanSummary(s) {
    return plural(s.figures, "figure") + " found: " + s.consistent + " consistent, " + s.inconsistent
      + " inconsistent, " + s.undecided + " undecided, " + s.notChecked + " not checked; " + plural(s.relations, "relation") + ".";
  }

  function figureTag(figure) {
    var tag = element("a", "fig-tag status-" + figure.status);
    tag.href = "#figure-" + figure.id;
    var mark = element("span", null, figureSymbols[figure.status] || "–");
    mark.setAttribute("aria-hidden", "true");
    tag.appendChild(mark);
    tag.appendChild(document.createTextNode(figure.id));
    tag.appendChild(element("span", "visually-hidden", " " + figure.status.replace("-", " ")));
    return tag;
  }

  // The text as pasted, each figure wrapped in a mark; offsets are UTF-16 code units, as in JavaScript.
  function markedPassage(text, figures) {
    var passage = document.getElementById("scan-passage");
    passage.textContent = "";
    var at = 0;
    figures.forEach(function (figure) {
      if (figure.start < at || text.slice(figure.start, figure.end) !== figure.text) { return; }
      passage.appendChild(document.createTextNode(text.slice(at, figure.start)));
      var mark = element("mark", "fig status-" + figure.status, figure.text);
      mark.id = "in-text-" + figure.id;
      mark.appendChild(figureTag(figure));
      passage.appendChild(mark);
      at = figure.end;
    });
    passage.appendChild(document.createTextNode(text.slice(at)));
  }

  function relationsOf(view) {
    var list = document.getElementById("scan-relations");
    list.textContent = "";
    if (!view.relations.length) {
      list.appendChild(element("p", null, "The text implies no arithmetic between its figures."));
      return;
    }
    view.relations.forEach(function (relation) {
      var article = element("article", "claim relation");
      article.id = "relation-" + relation.id;
      var heading = element("h4");
      heading.appendChild(badge(relation.verdict));
      heading.appendChild(element("span", "claim-id", relation.id + " · " + relation.kind + " of " + relation.figures.join(", ")));
      article.appendChild(heading);
      var check = element("pre");
      check.appendChild(element("code", null, relation.check));
      article.appendChild(check);
      article.appendChild(element("p", "explanation", relation.explanation));
      list.appendChild(article);
    });
  }

  function figureRows(view) {
    var body = document.getElementById("scan-figures");
    body.textContent = "";
    view.figures.forEach(function (figure) {
      var row = element("tr");
      row.id = "figure-" + figure.id;
      var head = element("th");
      head.scope = "row";
      var link = element("a", null, figure.id);
      link.href = "#in-text-" + figure.id;
      head.appendChild(link);
      row.appendChild(head);
      row.appendChild(element("td", "num", figure.line + ":" + figure.column));
      row.appendChild(element("td", null, figure.text));
      row.appendChild(element("td", "kind", figure.kind));
      var status = element("td");
      var symbol = element("span", "fig-tag status-" + figure.status, figureSymbols[figure.status] || "–");
      symbol.setAttribute("aria-hidden", "true");
      status.appendChild(symbol);
      var uses = view.relations.filter(function (r) { return r.figures.indexOf(figure.id) >= 0; })
        .map(function (r) { return r.id; });
      status.appendChild(document.createTextNode(figure.reason ? "not checked: " + figure.reason
        : figure.status + (uses.length ? " (" + uses.join(", ") + ")" : "")));
      row.appendChild(status);
      body.appendChild(row);
    });
  }

  function scan() {
    var text = scanText.value;
    if (!text.trim()) {
      scanResult.hidden = true;
      scanStatus.textContent = "Paste a text first.";
      return;
    }
    var request = ++latestScan;
    scanStatus.textContent = "Reading the text…";
    fetch("/api/v1/scans", { method: "POST", headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ text: text }) })
      .then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body }; });
      })
      .then(function (answer) {
        if (request !== latestScan) { return; }
        if (answer.status !== 200) {
          scanResult.hidden = true;
          scanStatus.textContent = "";
          scanStatus.appendChild(element("p", "where", answer.body.detail || "The text could not be read."));
          return;
        }
        scanStatus.textContent = scanSummary(answer.body.summary);
        markedPassage(text, answer.body.figures);
        relationsOf(answer.body);
        figureRows(answer.body);
        scanResult.hidden = false;
      })
      .catch(function () {
        if (request === latestScan) { scanStatus.textContent = "The server did not answer; is reckon serve still running?"; }
      });
  }

  scanButton.addEventListener("click", scan);
  scanText.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); scan(); }
  });

  // The "import a file" box: the file goes to POST /api/v1/imports under its own name, with the
  // token when the server has one; the answer is the import's report, every rejected row located.
  var importFile = document.getElementById("import-file");
  var importButton = document.getElementById("import-button");
  var importStatus = document.getElementById("import-status");
  var importing = false;
  var shownProblems = 100;

  function problemList(items, text) {
    var list = element("ul", "problems");
    items.slice(0, shownProblems).forEach(function (item) { list.appendChild(element("li", null, text(item))); });
    if (items.length > shownProblems) { list.appendChild(element("li", null, "and " + (items.length - shownProblems) + " more")); }
    return list;
  }

  function importReport(report) {
    importStatus.textContent = "";
    importStatus.appendChild(element("p", null, "Read " + report.source.replace(/^api\/imports\//, "") + " as "
      + report.format + " (" + report.encoding + "): " + plural(report.rowsRead, "row") + ", " + report.rowsAccepted
      + " accepted, " + report.rowsRejected + " rejected."));
    if (report.problems.length) {
      importStatus.appendChild(problemList(report.problems, function (problem) {
        return "Line " + problem.line + (problem.column ? ", column " + problem.column : "")
          + (problem.field ? " (" + problem.field + ")" : "") + ": " + problem.reason;
      }));
    }
    // A note is written to follow "file: " on the command line; standing alone it starts a sentence.
    (report.notes || []).forEach(function (note) {
      importStatus.appendChild(element("p", "meta", note.charAt(0).toUpperCase() + note.slice(1)));
    });
    var again = element("p");
    var link = element("a", null, "Load the page again");
    link.href = "/";
    again.appendChild(link);
    again.appendChild(document.createTextNode(" to see the claims checked against it."));
    importStatus.appendChild(again);
  }

  function importProblem(status, body) {
    importStatus.textContent = "";
    if (status === 401 || status === 403) {
      tokenBox.open = true;
      importStatus.appendChild(element("p", "where", "This server needs its API token to import: enter it under "
        + "\u201cTry a check\u201d and import again."));
      return;
    }
    importStatus.appendChild(element("p", "where", body.detail || "The file could not be imported."));
    if (body.errors && body.errors.length) {
      importStatus.appendChild(problemList(body.errors, function (error) {
        return (error.field ? error.field + ": " : "") + error.detail;
      }));
    }
  }

  function upload() {
    var file = importFile.files[0];
    if (!file) { importStatus.textContent = "Choose a file first."; return; }
    if (importing) { return; }  // one import at a time from this page: a second click must not send it twice
    importing = true;
    importButton.disabled = true;
    importStatus.textContent = "Importing " + file.name + "\u2026";
    var query = "filename=" + encodeURIComponent(file.name);
    ["subject", "platform"].forEach(function (name) {
      var value = document.getElementById("import-" + name).value.trim();
      if (value) { query += "&" + name + "=" + encodeURIComponent(value); }
    });
    var headers = { "Content-Type": "application/octet-stream", "Accept": "application/json" };
    if (token.value) { headers.Authorization = "Bearer " + token.value; }
    fetch("/api/v1/imports?" + query, { method: "POST", headers: headers, body: file })
      .then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body }; });
      })
      .then(function (answer) {
        if (answer.status === 201) { importReport(answer.body); } else { importProblem(answer.status, answer.body); }
      })
      .catch(function () { importStatus.textContent = "The server did not answer; is reckon serve still running?"; })
      .then(function () { importing = false; importButton.disabled = false; });
  }

  importButton.addEventListener("click", upload);
}());
