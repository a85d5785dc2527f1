package dev.reckon.application.port.shared;

import java.util.List;
import java.util.Objects;

/**
 * What a scanner read in a text.
 *
 * @param text      the text as decoded, which every offset points into
 * @param sentences its sentences, in order
 * @param figures   every figure, in the order of the text
 * @param relations the relations the text implies between its figures
 * @param unrelated figures a relation needs something for that the text does not give, with the reason
 */
public record ScannedText(String text, List<Sentence> sentences, List<TextFigure> figures,
                          List<ImpliedRelation> relations, List<Unrelated> unrelated) {

    public ScannedText {
        Objects.requireNonNull(text, "text is null");
        sentences = List.copyOf(sentences);
        figures = List.copyOf(figures);
        relations = List.copyOf(relations);
        unrelated = List.copyOf(unrelated);
    }
}
