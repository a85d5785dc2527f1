package dev.reckon.adapter.prose;

import dev.reckon.application.port.out.FigureScanner;
import dev.reckon.application.port.shared.ImpliedRelation;
import dev.reckon.application.port.shared.ScannedText;
import dev.reckon.application.port.shared.Sentence;
import dev.reckon.application.port.shared.TextFigure;
import dev.reckon.application.port.shared.Unrelated;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the figures of a text and the relations it implies. Offsets, lines and columns point into
 * the text as decoded, HTML tags and all.
 */
public final class ProseScanner implements FigureScanner {

    @Override
    public ScannedText scan(byte[] content) {
        Objects.requireNonNull(content, "content is null");
        return scan(TextDecoder.decode(content));
    }

    public ScannedText scan(String original) {
        ReadableText readable = ReadableText.of(original);
        List<Token> tokens = Tokenizer.tokens(readable.words());
        List<Found> found = FigureFinder.find(tokens, readable.words());
        Sentences sentences = Sentences.of(readable.words());
        LineIndex lines = new LineIndex(original);
        List<TextFigure> figures = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            figures.add(figure(i, found.get(i), original, readable, lines, sentences));
        }
        Relations relations = RelationFinder.find(found, tokens, sentences, figures);
        return new ScannedText(original, sentenceList(sentences, readable, original.length()), figures,
                relations.implied(), relations.unrelated());
    }

    private static TextFigure figure(int index, Found f, String original, ReadableText readable, LineIndex lines,
                                     Sentences sentences) {
        int start = readable.original(f.start());
        // The end maps from the last character, so that a tag right after the figure stays outside it.
        int end = Math.max(start, readable.original(f.end() - 1) + 1);
        return new TextFigure("f" + (index + 1), original.substring(start, end), start, end, lines.line(start),
                lines.column(start), f.kind(), f.interval(), f.currency(), f.qualifier(), f.noun(),
                sentences.indexOf(f.start()) + 1, f.check());
    }

    private static List<Sentence> sentenceList(Sentences sentences, ReadableText readable, int length) {
        List<Sentence> list = new ArrayList<>(sentences.count());
        for (int i = 0; i < sentences.count(); i++) {
            int start = readable.original(sentences.start(i));
            int end = i + 1 < sentences.count() ? readable.original(sentences.start(i + 1)) : length;
            list.add(new Sentence(i + 1, start, Math.max(start, end)));
        }
        return list;
    }

    /** What the relation finder gives back. */
    record Relations(List<ImpliedRelation> implied, List<Unrelated> unrelated) {
    }
}
