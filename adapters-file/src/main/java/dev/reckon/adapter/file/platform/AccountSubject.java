package dev.reckon.adapter.file.platform;

import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.util.Optional;

/**
 * Decides whose data a file holds: the subject the dossier entry gives wins; otherwise the account
 * the file names, looked up among the dossier subjects' accounts. When neither gives a subject the
 * report says why and what to write in the dossier.
 */
public final class AccountSubject {

    private AccountSubject() {
    }

    public static Optional<Subject> resolve(ImportContext context, Platform platform, Optional<String> account,
                                            ReportBuilder report) {
        if (context.subject().isPresent()) {
            return context.subject();
        }
        if (account.isEmpty()) {
            report.fileProblem("the file does not name its " + platform + " account: give its dossier entry a subject");
            return Optional.empty();
        }
        Optional<Subject> subject = context.subjects().resolve(account.get(), platform);
        if (subject.isEmpty()) {
            report.fileProblem("the " + platform + " account '" + account.get() + "' belongs to none of the dossier's"
                    + " subjects (" + context.subjects().knownIds() + "): add it to a subject's accounts,"
                    + " or give the file's dossier entry a subject");
        }
        return subject;
    }
}
