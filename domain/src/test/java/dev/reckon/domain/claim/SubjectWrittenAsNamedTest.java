package dev.reckon.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A subject written by its display name, or its id in other letters, is told its id, not listed among unknowns. */
class SubjectWrittenAsNamedTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Jeremy Corbyn | \"Jeremy Corbyn\" | jc",
        "Labour        | Labour          | labour",
        "JC            | JC              | jc",
    })
    void aSubjectWrittenAsTheDossierNamesItIsToldItsId(String written, String inCheck, String id) {
        ClaimResult result = new Dossier().check("impressions{" + inCheck + ", twitter, 2024-02} > 1");

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.error().orElseThrow().message()).startsWith("unknown subject '" + written + "': it is how the dossier"
                + " names '" + id + "'").endsWith("a check names a subject by its id, as in " + id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"labor | labour"})
    void aMisspelledIdIsStillSuggested(String written, String suggested) {
        ClaimResult result = new Dossier().check("impressions{" + written + ", twitter, 2024-02} > 1");

        assertThat(result.error().orElseThrow().message()).startsWith("unknown subject '" + written + "': did you mean '"
                + suggested + "'?");
    }
}
