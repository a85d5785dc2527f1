package dev.reckon.adapter.rest.server;

import java.util.List;
import org.eclipse.jetty.util.StringUtil;

/**
 * What a person who opens the page at {@code /} sees before the dossier's data is in: a page, not
 * the problem detail an API client gets. While the import runs it names the file being read and
 * reloads itself (a meta refresh, so it works with script off); after a failed import it lists the
 * problems and stops reloading, since only fixing the files and restarting the server helps.
 */
final class WaitingPage {

    /** Inline style only: the page fetches nothing and runs no script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private static final String STYLE = "body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#1a1a1a}"
            + "main{max-width:44rem;margin:3rem auto;padding:0 1.25rem}h1{font-size:1.5rem;line-height:1.25}"
            + "code{font-size:.95em}@media (prefers-color-scheme:dark){body{background:#15171a;color:#e8e8e8}}";

    private WaitingPage() {
    }

    /** The page shown while the import runs; {@code file} is the one being read, or null between files. */
    static String importing(String file, int refreshSeconds) {
        String reading = file == null ? "The data files are being read."
                : "Reading <code>" + StringUtil.sanitizeXmlString(file) + "</code>.";
        return page("<meta http-equiv=\"refresh\" content=\"" + refreshSeconds + "\">\n",
                "The dossier's data is being imported",
                "<p role=\"status\">" + reading + " This page reloads itself every " + refreshSeconds
                        + " seconds and shows the report once the data is in.</p>\n");
    }

    /** The page shown once the import has failed: what went wrong, file by file. */
    static String failed(List<String> problems) {
        StringBuilder list = new StringBuilder("<ul>\n");
        problems.forEach(problem -> list.append("<li>").append(StringUtil.sanitizeXmlString(problem)).append("</li>\n"));
        return page("", "The dossier's data could not be imported",
                "<p>Its claims cannot be checked until the server's operator fixes these files and restarts it:</p>\n"
                        + list + "</ul>\n");
    }

    private static String page(String extraHead, String heading, String body) {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" + extraHead
                + "<title>" + heading + " — Reckon</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n<h1>"
                + heading + "</h1>\n" + body + "</main>\n</body>\n</html>\n";
    }
}
