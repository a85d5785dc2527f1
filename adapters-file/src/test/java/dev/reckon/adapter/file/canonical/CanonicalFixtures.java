package dev.reckon.adapter.file.canonical;

import dev.reckon.application.port.out.ExportInput;
import dev.reckon.application.port.out.ImportContext;
import dev.reckon.application.port.out.SubjectDirectory;
import dev.reckon.domain.metric.MetricCatalogue;
import dev.reckon.domain.observation.Platform;
import dev.reckon.domain.observation.Subject;
import dev.reckon.domain.observation.Window;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A small dossier context for reader tests: Europe/London, subjects jc (with accounts) and labour. */
final class CanonicalFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Subject JC = Subject.of("jc");
    static final Subject LABOUR = Subject.of("labour");

    private CanonicalFixtures() {
    }

    static ImportContext context() {
        Map<Subject, Map<Platform, String>> accounts = new LinkedHashMap<>();
        accounts.put(JC, Map.of(Platform.TWITTER, "jeremycorbyn", Platform.FACEBOOK, "JeremyCorbynMP"));
        accounts.put(LABOUR, Map.of());
        return ImportContext.of(LONDON, MetricCatalogue.builtIn(), SubjectDirectory.of(accounts), "import-1");
    }

    static ImportContext coveringContext(Window covers) {
        ImportContext c = context();
        return new ImportContext(c.zone(), c.catalogue(), c.subjects(), c.subject(), c.platform(), Optional.of(covers),
                c.year(), c.format(), c.importId());
    }

    static ExportInput input(String source, String text) {
        return input(source, text.getBytes(StandardCharsets.UTF_8), context());
    }

    static ExportInput input(String source, byte[] bytes, ImportContext context) {
        return new ExportInput(source, () -> new ByteArrayInputStream(bytes), context);
    }
}
