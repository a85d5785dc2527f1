package dev.reckon.adapter.prose;

import dev.reckon.application.port.shared.FigureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The found figures with the words around them, for the relation finders to look at. */
final class Passage {

    private final List<Found> figures;
    private final List<Token> tokens;
    private final Sentences sentences;

    Passage(List<Found> figures, List<Token> tokens, Sentences sentences) {
        this.figures = figures;
        this.tokens = tokens;
        this.sentences = sentences;
    }

    int size() {
        return figures.size();
    }

    Found get(int i) {
        return figures.get(i);
    }

    int sentenceOf(int i) {
        return sentences.indexOf(figures.get(i).start());
    }

    /** The first figure of the sentence of figure {@code i} ({@code i} itself when it is the first); -1 for -1. */
    int firstOfSentence(int i) {
        if (i < 0) {
            return -1;
        }
        int first = i;
        while (first > 0 && sentenceOf(first - 1) == sentenceOf(i)) {
            first--;
        }
        return first;
    }

    /** A quantity a check can use: not a year or a label, not a range. */
    boolean usable(int i) {
        Found f = figures.get(i);
        return f.kind().isQuantity() && f.value().isPresent() && !f.range();
    }

    /** The lower-case words from token {@code from} (inclusive) to {@code to} (exclusive), separated by spaces. */
    String words(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(tokens.get(k).lower());
        }
        return out.toString();
    }

    /** Figure {@code i} as the text writes it ("a quarter", "62%"), entities and all. */
    String written(int i) {
        StringBuilder out = new StringBuilder();
        for (int k = figures.get(i).firstToken(); k < figures.get(i).endToken(); k++) {
            if (out.length() > 0 && tokens.get(k).spaceBefore()) {
                out.append(' ');
            }
            out.append(tokens.get(k).text());
        }
        return out.toString();
    }

    /** Up to {@code count} words right before figure {@code i} and its qualifier ("rose by" in "rose by over 40%"). */
    String wordsBeforeQualifier(int i, int count) {
        int first = figures.get(i).firstToken() - figures.get(i).qualifier().map(q -> q.split(" ").length).orElse(0);
        return words(first - count, first);
    }

    /** Up to {@code count} words right after figure {@code i}. */
    String wordsAfter(int i, int count) {
        int end = figures.get(i).endToken();
        return words(end, end + count);
    }

    /** Up to {@code count} words right before figure {@code i}, qualifier included. */
    String wordsBefore(int i, int count) {
        int first = figures.get(i).firstToken();
        return words(first - count, first);
    }

    /** The words between figures {@code a} and {@code b} (a before b). */
    String between(int a, int b) {
        return words(figures.get(a).endToken(), figures.get(b).firstToken());
    }

    /** The nearest usable figure before {@code i} in the same or the previous sentence that {@code fits}. */
    Optional<Integer> before(int i, Set<FigureKind> kinds, Found like, boolean sameSentenceOnly) {
        int lowest = sentenceOf(i) - (sameSentenceOnly ? 0 : 1);
        for (int k = i - 1; k >= 0 && sentenceOf(k) >= lowest; k--) {
            if (usable(k) && kinds.contains(figures.get(k).kind()) && sameUnit(figures.get(k), like)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Usable figures after {@code i} in its sentence with the kind and currency of {@code like}. */
    List<Integer> alike(int i, Found like, int lastSentence) {
        List<Integer> out = new ArrayList<>();
        for (int k = i + 1; k < figures.size() && sentenceOf(k) <= lastSentence; k++) {
            if (usable(k) && figures.get(k).kind() == like.kind() && sameUnit(figures.get(k), like)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The first usable figure after {@code i} in its sentence with the kind and currency of {@code like}. */
    Optional<Integer> nextAlike(int i, Found like) {
        List<Integer> all = alike(i, like, sentenceOf(i));
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static boolean sameUnit(Found a, Found b) {
        return a.currency().equals(b.currency());
    }

    /** Whether the sentence of figure {@code i} ends with a colon right after it (the parts follow). */
    boolean colonAfter(int i, int within) {
        int end = figures.get(i).endToken();
        for (int k = end; k < Math.min(tokens.size(), end + within); k++) {
            if (tokens.get(k).isSymbol(':')) {
                return true;
            }
            if (tokens.get(k).isSymbol('.') || tokens.get(k).isSymbol(';')) {
                return false;
            }
        }
        return false;
    }
}
