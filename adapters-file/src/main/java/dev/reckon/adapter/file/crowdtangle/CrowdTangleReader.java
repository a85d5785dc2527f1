package dev.reckon.adapter.file.crowdtangle;

import dev.reckon.adapter.file.csv.CsvFieldCache;
import dev.reckon.adapter.file.csv.CsvRecord;
import dev.reckon.adapter.file.export.ExportHeader;
import dev.reckon.adapter.file.export.ExportReader;
import dev.reckon.adapter.file.export.Recognition;
import dev.reckon.adapter.file.export.ReportBuilder;
import dev.reckon.adapter.file.platform.Emitter;
import dev.reckon.adapter.file.platform.DecimalMark;
import dev.reckon.adapter.file.platform.ExportTable;
import dev.reckon.adapter.file.platform.DataZones;
import dev.reckon.adapter.file.platform.PostRollup;
import dev.reckon.adapter.file.platform.TableExportReader;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * CrowdTangle historical data (post level), current and older generation ({@code Created} instead
 * of {@code Post Created}), page and group exports. One file may hold posts of many pages: each row
 * belongs to the subject whose account is its {@code User Name} or {@code Page Name} (or to the
 * dossier entry's subject, when it gives one). Lifetime interactions are rolled up by publish day;
 * {@code Likes at Posting} and {@code Followers at Posting} are levels sampled at the post's time.
 * CrowdTangle has no reach or impressions.
 *
 * <p>Files run to millions of posts, so cells are read from the CSV record's bytes where they have
 * the usual shape ({@link PostCells}), page names are looked up once per name, and a day's counts
 * are added up before they reach the roll-up ({@link DayTotals}).
 */
public final class CrowdTangleReader extends TableExportReader {

    public static final String FORMAT = "crowdtangle-posts";

    public CrowdTangleReader() {
        super(FORMAT);
    }

    @Override
    public Recognition recognise(ExportHeader header) {
        List<String> names = ExportTable.names(header.firstLine());
        boolean owner = names.contains("page name") || names.contains("group name") || names.contains("account");
        boolean created = names.contains("post created") || names.contains("created");
        if (!owner || !created || !names.contains("total interactions")) {
            return Recognition.no("a CrowdTangle export has a 'Page Name' (or 'Group Name', 'Account') column,"
                    + " 'Post Created' (or 'Created') and 'Total Interactions'");
        }
        return Recognition.yes();
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException {
        ImportContext context = input.context();
        return ExportTable.read(input, FORMAT, List.of(), (table, headers, report) -> {
            if (ExportTable.columnOf(headers, "post created") < 0 && ExportTable.columnOf(headers, "created") < 0) {
                report.fileProblem("the file has no 'Post Created' (or 'Created') column, which a CrowdTangle"
                        + " export has: it seems to be another kind of file");
                return;
            }
            Posts posts = new Posts(headers, context, sink, report, table.decimalMark());
            int created = ExportTable.columnOf(headers, "post created") >= 0 ? ExportTable.columnOf(headers, "post created")
                    : ExportTable.columnOf(headers, "created");
            for (Optional<CsvRecord> record = table.nextDataRecord(created); record.isPresent();
                 record = table.nextDataRecord(created)) {
                posts.row(record.get());
            }
            posts.finish();
        });
    }

    /** The posts of one file, kept per subject. */
    private static final class Posts {
        private final ImportContext context;
        private final ObservationSink sink;
        private final ReportBuilder report;
        private final Platform platform;
        private final PostColumns columns;
        private final PostCells cells;
        private final PostRows postRows;
        private final int[] ownerColumns;
        /** Per owner column, whose account each name is: a file repeats a few pages' names row after row. */
        private final List<CsvFieldCache<Optional<Subject>>> owners = new ArrayList<>();
        /** {@link #subjectOfAccount}, made once, as the caches are handed it for every row. */
        private final Function<String, Optional<Subject>> accountOwner;
        private final Map<Subject, SubjectPosts> bySubject = new LinkedHashMap<>();
        private final Map<String, Long> unknownAccounts = new TreeMap<>();

        Posts(List<String> headers, ImportContext context, ObservationSink sink, ReportBuilder report,
              DecimalMark mark) {
            this.context = context;
            this.sink = sink;
            this.report = report;
            boolean instagram = ExportTable.columnOf(headers, "page name") < 0 && ExportTable.columnOf(headers, "group name") < 0;
            this.platform = context.platform().orElse(instagram ? Platform.INSTAGRAM : Platform.FACEBOOK);
            this.columns = new PostColumns(headers, context.catalogue());
            this.postRows = new PostRows(columns);
            this.cells = new PostCells(headers, report, new CreatedTimes(context.dataZone()), mark);
            report.note("times are read in the zone each names; those that name none in " + DataZones.named(context));
            this.ownerColumns = columns.owners();
            for (int i = 0; i < ownerColumns.length; i++) {
                owners.add(new CsvFieldCache<>());
            }
            this.accountOwner = this::subjectOfAccount;
        }

        void row(CsvRecord record) {
            cells.start(record);
            Optional<Subject> subject = context.subject().isPresent() ? context.subject() : ownerOf(record);
            if (subject.isEmpty()) {
                report.rowRead();
                report.rowRejected();
                unknownAccounts.merge(ownerName(record), 1L, Long::sum);
                return;
            }
            bySubject.computeIfAbsent(subject.get(), this::postsOf).post(cells);
        }

        /** The subject of the first owner column that names an account the dossier knows. */
        private Optional<Subject> ownerOf(CsvRecord record) {
            for (int i = 0; i < ownerColumns.length; i++) {
                int column = ownerColumns[i];
                if (column >= 0 && column < record.size()) {
                    Optional<Subject> subject = owners.get(i).read(record, column, accountOwner);
                    if (subject.isPresent()) {
                        return subject;
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<Subject> subjectOfAccount(String name) {
            return name.isBlank() ? Optional.empty() : context.subjects().resolve(name.strip(), platform);
        }

        /** The name a row of an unknown account gives, for the report. */
        private String ownerName(CsvRecord record) {
            for (int column : ownerColumns) {
                if (column >= 0 && column < record.size() && !record.get(column).isBlank()) {
                    return record.get(column).strip();
                }
            }
            return "(no name)";
        }

        private SubjectPosts postsOf(Subject subject) {
            return new SubjectPosts(columns, postRows, new Emitter(sink, report, subject, platform, context.zone(),
                    context.importId(), Optional.empty()), report, PostRollup.Covered.of(context.covers(), Optional.empty()));
        }

        void finish() {
            bySubject.values().forEach(SubjectPosts::finish);
            if (!unknownAccounts.isEmpty()) {
                report.note("rows of accounts that belong to none of the dossier's subjects were not read: "
                        + unknownAccounts);
            }
            if (bySubject.isEmpty() && unknownAccounts.isEmpty()) {
                report.note("the file holds no posts");
            }
        }
    }
}
