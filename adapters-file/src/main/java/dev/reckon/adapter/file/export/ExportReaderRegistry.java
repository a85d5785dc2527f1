package dev.reckon.adapter.file.export;

import dev.reckon.adapter.file.text.LineTooLongException;
import dev.reckon.adapter.file.text.Printable;
import dev.reckon.adapter.file.text.TextDecoding;
import dev.reckon.application.port.out.ExportImporter;
import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ObservationSink;
import dev.reckon.application.port.shared.ImportReport;
import dev.reckon.application.port.shared.UnrecognisedExportException;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The export readers Reckon knows, tried in the order given. A file is read by the reader its
 * dossier entry names in {@code format:}, or else by the first whose {@link ExportReader#recognise}
 * accepts its header.
 */
public final class ExportReaderRegistry implements ExportImporter {

    private final List<ExportReader> readers;

    public ExportReaderRegistry(List<ExportReader> readers) {
        this.readers = List.copyOf(readers);
        Set<String> formats = new HashSet<>();
        for (ExportReader reader : this.readers) {
            if (!formats.add(reader.format())) {
                throw new IllegalArgumentException("two readers claim the format '" + reader.format() + "'");
            }
        }
    }

    @Override
    public ImportReport read(ExportInput input, ObservationSink sink) throws IOException, UnrecognisedExportException {
        return readerFor(input).read(input, sink);
    }

    @Override
    public List<String> formats() {
        return readers.stream().map(ExportReader::format).toList();
    }

    /** The reader for {@code input}: the one forced by its dossier entry, or the first that recognises its header. */
    public ExportReader readerFor(ExportInput input) throws IOException, UnrecognisedExportException {
        Optional<String> forced = input.context().format();
        if (forced.isPresent()) {
            return readers.stream().filter(r -> r.format().equals(forced.get())).findFirst()
                    .orElseThrow(() -> new UnrecognisedExportException(input.source(), "the dossier asks for the format '"
                            + forced.get() + "', which Reckon does not know (known formats: " + String.join(", ", formats()) + ")"));
        }
        ExportHeader header;
        try {
            header = ExportHeader.of(input.fileName(), TextDecoding.firstLines(input.opener(), ExportHeader.MAX_LINES));
        } catch (LineTooLongException e) {
            throw new UnrecognisedExportException(input.source(), ArchiveKind.of(input.opener())
                    .orElse("its format cannot be told: " + e.getMessage()));
        }
        if (header.lines().stream().allMatch(String::isBlank)) {
            // Said alone: the formats tried would each only repeat that they found no header.
            throw new UnrecognisedExportException(input.source(), header.lines().isEmpty() ? "the file is empty"
                    : "the file holds only blank lines");
        }
        StringBuilder reasons = new StringBuilder();
        for (ExportReader reader : readers) {
            Recognition recognition = reader.recognise(header);
            if (recognition.matches()) {
                return reader;
            }
            reasons.append(reasons.length() == 0 ? "" : "; ").append(reader.format()).append(": ").append(recognition.reason());
        }
        // An archive fits no text format: say what it is rather than what it is not. Asked only here, so that a
        // file that is read is not opened once more.
        Optional<String> archive = ArchiveKind.of(input.opener());
        if (archive.isPresent()) {
            throw new UnrecognisedExportException(input.source(), archive.get());
        }
        // The reasons may quote the file's first line: its control characters never reach a terminal.
        throw new UnrecognisedExportException(input.source(), "no known format fits this file ("
                + (readers.isEmpty() ? "no formats are installed" : Printable.escaped(reasons.toString())) + ")");
    }

    @Override
    public String toString() {
        return readers.stream().map(ExportReader::format).collect(Collectors.joining(", ", "ExportReaderRegistry[", "]"));
    }
}
