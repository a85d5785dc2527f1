// The check editor: evaluates the check as it is typed through the API this page came from,
// shows the verdict, and underlines where a syntax or type error is. Nothing else is fetched.
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

  // Copies the check with the erroneous word wrapped in <mark>: line and column are 1-based.
  function underline(text, line, column) {
    echo.textContent = "";
    if (!line || !column) { return; }
    var lines = text.split("\n");
    var offset = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) { offset += lines[i].length + 1; }
    var start = Math.min(offset + column - 1, text.length);
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
}());
