package dev.reckon.adapter.prose;

import dev.reckon.application.port.shared.FigureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The noun a figure counts, where the sentence says: the words right after it up to one that cannot
 * be part of a noun phrase ("9,310 gifts", "1,236,904 video views"); for money and shares also the
 * noun after "in" or "of" ("£1.2m in donations", "41% of donors"). A duration counts its unit.
 */
final class Nouns {

    private static final int LONGEST = 3;

    private Nouns() {
    }

    static Optional<String> after(List<Token> tokens, Found figure) {
        if (figure.kind() == FigureKind.DURATION) {
            return Optional.of(tokens.get(figure.endToken() - 1).lower());
        }
        Optional<String> direct = phraseAt(tokens, figure.endToken());
        if (direct.isPresent() || figure.endToken() >= tokens.size()) {
            return direct;
        }
        Token next = tokens.get(figure.endToken());
        boolean linked = (figure.kind() == FigureKind.MONEY && next.isWord("in"))
                || ((figure.kind() == FigureKind.PERCENT || figure.kind() == FigureKind.RATIO) && next.isWord("of"));
        if (!linked) {
            return Optional.empty();
        }
        int j = figure.endToken() + 1;
        if (j < tokens.size() && (tokens.get(j).isWord("the") || tokens.get(j).isWord("all") || tokens.get(j).isWord("our")
                || tokens.get(j).isWord("their") || tokens.get(j).isWord("its"))) {
            j++;
        }
        return phraseAt(tokens, j);
    }

    private static Optional<String> phraseAt(List<Token> tokens, int j) {
        List<String> words = new ArrayList<>();
        for (int k = j; k < tokens.size() && words.size() < LONGEST; k++) {
            Token t = tokens.get(k);
            if (t.type() != Token.Type.WORD || (k > j && !t.spaceBefore())) {
                // "video-views": a hyphen joins words into one noun.
                if (t.isDash() && !t.spaceBefore() && k + 1 < tokens.size() && !tokens.get(k + 1).spaceBefore()
                        && tokens.get(k + 1).type() == Token.Type.WORD && !words.isEmpty()) {
                    words.set(words.size() - 1, words.get(words.size() - 1) + "-" + tokens.get(k + 1).lower());
                    k++;
                    continue;
                }
                break;
            }
            String lower = t.lower();
            if (Lexicon.NOT_NOUNS.contains(lower) || Lexicon.MONTHS.contains(lower) && t.isCapitalised()) {
                break;
            }
            words.add(lower);
        }
        // A participle or an adverb ends the phrase: "£1.2m raised", "35,000 shared widely".
        while (!words.isEmpty() && endsLikeAVerb(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    private static boolean endsLikeAVerb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return (lower.endsWith("ed") && !lower.endsWith("eed")) || lower.endsWith("ly");
    }
}
