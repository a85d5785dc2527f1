package dev.reckon.adapter.file.export;

import dev.reckon.adapter.file.text.Printable;
import dev.reckon.application.port.shared.RowProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The rows of a file whose subject the dossier does not name (a file shared between dossiers),
 * counted per subject, so that a report says so in one line instead of one problem per row:
 * {@code 6,000,000 rows for brexit, conservatives and 4 more, which this dossier does not name (its subjects:
 * jc, labour): skipped}.
 * Names are kept up to a bound, so a file of millions of distinct names costs no more than that.
 */
final class UnnamedSubjects {

    /** Past this many distinct names, rows of further names are counted without their name. */
    static final int MAX_NAMES = 10_000;
    private static final int NAMES_SHOWN = 2;

    private final Map<String, Long> rowsBySubject = new TreeMap<>();
    private long rows;
    private long unnamedRows;
    private long firstLine;
    private OptionalInt firstColumn = OptionalInt.empty();
    private String known = "";

    /** One more row, at {@code line} and {@code column}, for {@code subject}; {@code known} lists the dossier's subjects. */
    void row(String subject, long line, OptionalInt column, String known) {
        this.known = known;
        if (rows == 0 || line > 0 && line < firstLine) {
            firstLine = line;
            firstColumn = column;
        }
        rows++;
        if (rowsBySubject.containsKey(subject) || rowsBySubject.size() < MAX_NAMES) {
            rowsBySubject.merge(subject, 1L, Long::sum);
        } else {
            unnamedRows++;
        }
    }

    /** Takes in the rows {@code later} counted, whose lines start after {@code lineOffset}. */
    void absorb(UnnamedSubjects later, long lineOffset) {
        if (later.rows == 0) {
            return;
        }
        long laterFirst = later.firstLine + lineOffset;
        if (rows == 0 || laterFirst < firstLine) {
            firstLine = laterFirst;
            firstColumn = later.firstColumn;
        }
        rows += later.rows;
        known = later.known;
        unnamedRows += later.unnamedRows;
        later.rowsBySubject.forEach((subject, count) -> {
            if (rowsBySubject.containsKey(subject) || rowsBySubject.size() < MAX_NAMES) {
                rowsBySubject.merge(subject, count, Long::sum);
            } else {
                unnamedRows += count;
            }
        });
    }

    /** The one line that says so, at the first such row; none when every row's subject was named. */
    Optional<RowProblem> summary(String source) {
        if (rows == 0) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        rowsBySubject.keySet().forEach(name -> names.add(Printable.escaped(Printable.shortened(name))));
        String subjects;
        if (unnamedRows == 0 && names.size() <= NAMES_SHOWN + 1) {
            // "brexit", "brexit and greens", "brexit, greens and ukip": all of them, as short as "and 1 more".
            int last = names.size() - 1;
            subjects = last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
        } else {
            String more = unnamedRows > 0 ? "others" : (names.size() - NAMES_SHOWN) + " more";
            subjects = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size()))) + " and " + more;
        }
        String reason = String.format(Locale.ROOT, "%,d %s for %s, which this dossier does not name (its subjects: %s): skipped",
                rows, rows == 1 ? "row" : "rows", subjects, known);
        return Optional.of(new RowProblem(source, firstLine > 0 ? OptionalLong.of(firstLine) : OptionalLong.empty(),
                firstLine > 0 ? firstColumn : OptionalInt.empty(), "subject", reason));
    }
}
