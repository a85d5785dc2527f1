package dev.reckon.adapter.file.export;

import dev.reckon.application.port.shared.Opener;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Files that are not text at all, told by their first bytes, so that the message says what they are
 * and what to do rather than listing every text format they are not: a ZIP archive (a zipped export,
 * or an Excel workbook, which is one) and an Excel 97-2003 workbook.
 */
final class ArchiveKind {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private ArchiveKind() {
    }

    /** Why the file is not read, when its first bytes make it an archive or a workbook. */
    static Optional<String> of(Opener opener) throws IOException {
        byte[] start;
        try (InputStream in = opener.open()) {
            start = in.readNBytes(OLE2.length);
        }
        if (startsWith(start, ZIP)) {
            return Optional.of("it is a ZIP archive (a zipped export, or an Excel .xlsx workbook), not a text file:"
                    + " unzip it and name the CSV files inside, or save the workbook's sheet as CSV");
        }
        if (startsWith(start, OLE2)) {
            return Optional.of("it is an Excel 97-2003 workbook (.xls), not a text file: save its sheet as CSV"
                    + " (UTF-8) and name that file");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
