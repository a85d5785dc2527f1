package dev.reckon.adapter.rest.server;

import java.util.List;
import org.eclipse.jetty.util.StringUtil;

/**
 * What a person who opens the page at {@code /} sees before the dossier's data is in: a page, not
 * the problem detail an API client gets. While the import runs it names the file being read, follows
 * {@code GET /api/v1/health} and loads the report once the import has ended; it never refreshes on
 * a timer (WCAG 2.2.1: a timed refresh moves a screen reader back to the top every few seconds), and
 * with script off a link does the same by hand. After a failed import it lists the problems, since
 * only fixing the files and restarting the server helps.
 */
final class WaitingPage {

    /** Inline style and script; requests to this server only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** Asks the server's health how the import goes, names the file it reads, and loads the page once it has ended. */
    private static final String FOLLOW_HEALTH = "<script>\n(function () {\n"
            + "  function follow() {\n"
            + "    fetch(\"" + RouteGroup.PREFIX + "/health\", { headers: { \"Accept\": \"application/json\" } })\n"
            + "      .then(function (answer) { return answer.json(); })\n"
            + "      .then(function (health) {\n"
            + "        if (health.status !== \"importing\") { location.reload(); return; }\n"
            + "        if (health.importing) { document.getElementById(\"reading\").textContent = health.importing; }\n"
            + "        setTimeout(follow, 2000);\n"
            + "      }, function () { setTimeout(follow, 5000); });\n"
            + "  }\n  setTimeout(follow, 2000);\n}());\n</script>\n";

    private static final String STYLE = "body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#1a1a1a}"
            + "main{max-width:44rem;margin:3rem auto;padding:0 1.25rem}h1{font-size:1.5rem;line-height:1.25}"
            + "code{font-size:.95em}a{color:#0b57d0}"
            + "@media (prefers-color-scheme:dark){body{background:#15171a;color:#e8e8e8}a{color:#8ab4f8}}";

    private WaitingPage() {
    }

    /** The page shown while the import runs; {@code file} is the one being read, or null between files. */
    static String importing(String file) {
        String reading = "<code id=\"reading\">" + (file == null ? "the data files" : StringUtil.sanitizeXmlString(file))
                + "</code>";
        return page("The dossier's data is being imported",
                "<p role=\"status\">Reading " + reading + ". The report shows here once the data is in.</p>\n"
                        + "<p><a href=\"/\">Check again</a></p>\n" + FOLLOW_HEALTH);
    }

    /** The page shown once the import has failed: what went wrong, file by file. */
    static String failed(List<String> problems) {
        StringBuilder list = new StringBuilder("<ul>\n");
        problems.forEach(problem -> list.append("<li>").append(StringUtil.sanitizeXmlString(problem)).append("</li>\n"));
        return page("The dossier's data could not be imported",
                "<p>Its claims cannot be checked until the server's operator fixes these files and restarts it:</p>\n"
                        + list + "</ul>\n");
    }

    private static String page(String heading, String body) {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + heading + " — Reckon</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n<h1>"
                + heading + "</h1>\n" + body + "</main>\n</body>\n</html>\n";
    }
}
