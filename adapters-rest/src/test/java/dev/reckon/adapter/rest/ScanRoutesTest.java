package dev.reckon.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reckon.adapter.rest.server.RestSettings;
import dev.reckon.application.port.shared.FigureKind;
import dev.reckon.application.port.out.FigureScanner;
import dev.reckon.application.port.shared.ImpliedRelation;
import dev.reckon.application.port.shared.RelationKind;
import dev.reckon.application.port.shared.ScannedText;
import dev.reckon.application.port.shared.Sentence;
import dev.reckon.application.port.shared.TextFigure;
import dev.reckon.application.fixture.InMemoryObservationStore;
import dev.reckon.domain.number.Interval;
import io.micronaut.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/scans} over HTTP, with a scanner that finds two figures of any text and one relation. */
class ScanRoutesTest {

    /** Finds "2" at the start of any text and "4" after it, and says the second is twice the first. */
    static final FigureScanner SCANNER = content -> {
        String text = new String(content, StandardCharsets.UTF_8);
        return new ScannedText(text, List.of(new Sentence(1, 0, text.length())),
                List.of(figure("f1", "2"), figure("f2", "4")),
                List.of(new ImpliedRelation(RelationKind.MULTIPLE, List.of("f1", "f2"), "4 / 2 = 3", "a multiple")),
                List.of());
    };

    private Http http;

    private static TextFigure figure(String id, String value) {
        return new TextFigure(id, value, 0, 1, 1, 1, FigureKind.COUNT, Optional.of(Interval.exactly(value)),
                Optional.empty(), Optional.empty(), Optional.empty(), 1, Optional.of(value));
    }

    @BeforeEach
    void start() {
        http = Http.owning(RestApiTest.api(new InMemoryObservationStore())
                .start(RestSettings.loopback(0).withToken(RestApiTest.TOKEN).withLimits(1024, 2048)));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void aTextPostedWithoutATokenComesBackWithItsFiguresAndCheckedRelations() {
        Http.Answer answer = http.send(HttpRequest.POST("/api/v1/scans", "2 and 4").contentType("text/plain"));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.path("figures").findValuesAsText("id")).containsExactly("f1", "f2");
        assertThat(report.path("relations").get(0).path("verdict").asText()).isEqualTo("false");
        assertThat(report.path("figures").get(0).path("status").asText()).isEqualTo("inconsistent");
        assertThat(report.path("summary").path("relations").asInt()).isEqualTo(1);
    }

    @Test
    void aJsonBodyCarriesTheTextInItsTextField() {
        Http.Answer answer = http.post("/api/v1/scans", "{\"text\": \"2 and 4\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("figures")).hasSize(2);
    }

    @Test
    void aJsonBodyWithoutTextIsAProblemNamingTheField() {
        Http.Answer answer = http.post("/api/v1/scans", "{\"words\": \"2 and 4\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("text");
    }

    @Test
    void aTextOverTheBodyLimitIsRefused() {
        Http.Answer answer = http.send(HttpRequest.POST("/api/v1/scans", "9".repeat(1025)).contentType("text/plain"));

        assertThat(answer.status()).isEqualTo(413);
    }
}
