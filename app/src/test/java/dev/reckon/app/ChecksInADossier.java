package dev.reckon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes checks into a dossier after its head (zone, subjects, data) and gives each claim of the JSON report by its id. */
final class ChecksInADossier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChecksInADossier() {
    }

    /** @param head the dossier's YAML up to its claims, ending with {@code claims:} and a line break */
    static Map<String, JsonNode> check(Path dossier, String head, Map<String, String> checks) throws IOException {
        StringBuilder yaml = new StringBuilder(head);
        checks.forEach((id, check) -> yaml.append("  - id: ").append(id).append("\n    check: \"").append(check).append("\"\n"));
        Files.writeString(dossier.resolve("dossier.yaml"), yaml);
        CliRun run = CheckDossierCliTest.reckon("check", dossier.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        JSON.readTree(run.out()).get("claims").forEach(claim -> byId.put(claim.get("id").asText(), claim));
        return byId;
    }
}
