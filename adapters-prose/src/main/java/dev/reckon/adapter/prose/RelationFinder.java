package dev.reckon.adapter.prose;

import dev.reckon.application.port.shared.FigureKind;
import dev.reckon.application.port.shared.ImpliedRelation;
import dev.reckon.application.port.shared.RelationKind;
import dev.reckon.application.port.shared.TextFigure;
import dev.reckon.application.port.shared.Unrelated;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The arithmetic a text implies between its own figures, each written as a check. Every relation
 * rests on words that say it ("an average of", "in all:", "including", "behind", "times as many");
 * where those words are there but a figure the relation needs is not, the figure is listed as
 * unrelated with the reason, and nothing is guessed.
 */
final class RelationFinder {

    private static final Set<FigureKind> AMOUNTS = Set.of(FigureKind.MONEY, FigureKind.COUNT);
    /** "per order", "views per person": what an average is taken over. */
    private static final Pattern PER = Pattern.compile("^(?:[a-z'-]+ )?per ([a-z'-]+)");
    private static final Pattern OF_THE = Pattern.compile("(of|out of)( the| a| our| their)?( total of)?");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(^| )(and|but|while|with|whereas|\\.|;)( |$)");
    private static final Pattern INCLUDING = Pattern.compile("(^| )(including|of which|of whom|among them|among whom)( |$)");
    private static final Pattern MADE_UP_OF = Pattern.compile("([a-z'-]+ ){0,3}(, )?(made up of|split between|comprising|broken down as)\\b");
    private static final Pattern BELOW = Pattern.compile("(behind|short of|fewer than|less than|lower than|below|down on) ");
    private static final Pattern ABOVE = Pattern.compile("(ahead of|more than|higher than|above|up on) ");
    private static final Pattern TOTAL_AFTER = Pattern.compile("([a-z'-]+ ){0,2}(in all|in total|altogether|combined|overall|total)\\b");
    /** Words right before a change that say it is a rise ("up 40%", "grew by a third"). */
    private static final Pattern RISE = Pattern.compile("(^| )(up|rose|risen|grew|grown|increased|climbed|jumped|rise of|increase of|growth of)( by)?$");
    /** Words right before a change that say it is a fall ("down 12%", "fell by a quarter"). */
    private static final Pattern FALL = Pattern.compile("(^| )(down|fell|fallen|dropped|declined|decreased|shrank|shrunk|fall of|drop of|decline of|decrease of)( by)?$");
    /** Words after a change that name the figure it is measured from: "up 40% on the £2.3m". */
    private static final Pattern MEASURED_FROM = Pattern.compile("^(on|from|over|compared (with|to)|against|versus|vs)\\b");
    /** Words that join the parts of a list: "1,250, 980 and 1,430", "1.9m on TikTok + 2.3m". */
    private static final Pattern LIST_JOIN = Pattern.compile("(^|.* )(,|and|\\+|plus|&)$");
    /** Words that lead from the last part of a list to its total: "1,430 people, 3,560 altogether", "= 4.2m". */
    private static final Pattern TOTAL_JOIN = Pattern.compile("(^|.* )(,|=|:)$");
    /** The part a list ends with: "and the remaining £24,127". */
    private static final Pattern REMAINDER = Pattern.compile("(^| )the (remaining|rest of the|remainder of the)$");
    /** A whole named before its part: "Of the 865,000 people who saw it, 436,000 ...". */
    private static final Pattern WHOLE_INTRODUCED = Pattern.compile("(^| )(of|out of) (the|our|its|their|all|all the|all of the)$");
    /** A sentence that begins by pointing back to the figure before it: "Of that, £500k ...", "Of these, 312 ...". */
    private static final Pattern OF_THAT = Pattern.compile("^(of|out of) (that|this|those|these|it|them) ,?$");
    /** Words that start another clause between a change and the figures it might be between. */
    private static final Pattern ANOTHER_CLAUSE = Pattern.compile(
            "(^| )(and|but|while|whereas|after|before|when|because|since|although|though|as|we|they|it|he|she|which|who|;|\\.)( |$)");
    /** The share a list leaves without a figure: "... and the rest by email". */
    private static final Pattern REST = Pattern.compile("(^| )the (rest|remainder)( |$)");
    /** A share of the text's total, named by no figure next to it: "more than a quarter of the total". */
    private static final Pattern OF_THE_TOTAL = Pattern.compile("^of (the|our|its|their) (total|whole)\\b");
    /** "1,236,904 to be exact": an exact figure restating the rounded one before it. */
    private static final Pattern TO_BE_EXACT = Pattern.compile("^(, )?(to be (exact|precise)|exactly|precisely)\\b");
    /** Words between a figure and the earlier one it is compared with: "1.2m, up from 800,000", "£4m, down from £5m", "1.2m compared with 900,000". */
    private static final Pattern UP_FROM = Pattern.compile(
            "([a-z'-]+ ){0,3}(, )?((up|down|rising|falling|higher|lower) (from|on)|compared (with|to)|against|versus|vs)");
    /** Words that set one figure against the next: "37.4m vs 18.1m", "£5m compared with £2.4m". */
    private static final Pattern VERSUS = Pattern.compile("([a-z'-]+ ){0,2}(vs|vs \\.|versus|compared with|compared to|against|up from|from)");
    private static final Pattern LEADING_WORD = Pattern.compile("^([a-z'-]+ ){0,1}(?=(behind|ahead|short|more|fewer|less|higher|lower|up|down|below|above) )");

    private final Passage passage;
    private final List<TextFigure> figures;
    private final List<ImpliedRelation> implied = new ArrayList<>();
    private final Map<String, Unrelated> unrelated = new LinkedHashMap<>();
    private final Set<Integer> related = new HashSet<>();
    private final Set<String> relationKeys = new HashSet<>();

    private RelationFinder(Passage passage, List<TextFigure> figures) {
        this.passage = passage;
        this.figures = figures;
    }

    static ProseScanner.Relations find(List<Found> found, List<Token> tokens, Sentences sentences, List<TextFigure> figures) {
        RelationFinder finder = new RelationFinder(new Passage(found, tokens, sentences), figures);
        for (int i = 0; i < found.size(); i++) {
            if (finder.passage.usable(i)) {
                finder.average(i);
                finder.share(i);
                finder.parts(i);
                finder.difference(i);
                finder.multiple(i);
                finder.change(i);
                finder.partsBefore(i);
                finder.remainder(i);
                finder.restUnstated(i);
                finder.exactRestatement(i);
            }
        }
        finder.restatements();
        for (Integer i : finder.related) {
            finder.unrelated.remove(figures.get(i).id());
        }
        return new ProseScanner.Relations(finder.implied, List.copyOf(finder.unrelated.values()));
    }

    /** Whether the words around figure {@code a} say it is an average: "an average of £129", "8.7 views per person". */
    private boolean statesAverage(int a) {
        Found stated = passage.get(a);
        String before = passage.wordsBefore(a, 4);
        String after = passage.wordsAfter(a, 3);
        boolean averageWords = before.contains("average") || after.startsWith("on average") || PER.matcher(after).find()
                || ((after.startsWith("a head") || after.startsWith("each")) && stated.kind() == FigureKind.MONEY);
        return averageWords && AMOUNTS.contains(stated.kind());
    }

    /** "£1,204,550 from 9,310 gifts, an average of £129". */
    private void average(int a) {
        Found stated = passage.get(a);
        if (!statesAverage(a)) {
            return;
        }
        Matcher perNoun = PER.matcher(passage.wordsAfter(a, 3));
        Optional<String> per = perNoun.find() ? Optional.of(perNoun.group(1)) : Optional.empty();
        List<Integer> counts = new ArrayList<>();
        for (int k = a - 1; k >= 0 && passage.sentenceOf(k) >= passage.sentenceOf(a) - 1 && counts.size() < 2; k--) {
            if (passage.usable(k) && passage.get(k).kind() == FigureKind.COUNT) {
                counts.add(k);
            }
        }
        Optional<Integer> total;
        Optional<Integer> count;
        if (stated.kind() == FigureKind.MONEY) {
            total = passage.before(a, Set.of(FigureKind.MONEY), stated, false);
            count = counts.stream().filter(k -> passage.get(k).noun().isPresent()).findFirst();
        } else if (counts.size() == 2 && per.isPresent() && counts.stream().anyMatch(k -> counts(k, per.get()))) {
            // "views per person": the count is the figure counting persons, the total the other one.
            count = counts.stream().filter(k -> counts(k, per.get())).findFirst();
            total = counts.stream().filter(k -> !counts(k, per.get())).findFirst();
        } else if (counts.size() == 2) {
            // Two counts: the total is the one that counts what the average does ("views"), else the first.
            boolean nearerIsTotal = passage.get(counts.get(0)).noun().isPresent() && stated.noun().isPresent()
                    && sameNoun(passage.get(counts.get(0)).noun().get(), stated.noun().get());
            total = Optional.of(nearerIsTotal ? counts.get(0) : counts.get(1));
            count = Optional.of(nearerIsTotal ? counts.get(1) : counts.get(0));
        } else {
            total = Optional.empty();
            count = Optional.empty();
        }
        if (total.isEmpty()) {
            note(a, "the text states an average but no total it is the average of");
            return;
        }
        if (count.isEmpty()) {
            note(a, "the text states an average but not how many things it is the average over");
            return;
        }
        String counted = passage.get(count.get()).noun().orElse("");
        if (per.isPresent() && !counted.isEmpty() && !sameNoun(per.get(), counted)) {
            note(a, "the average is per " + per.get() + ", but the text counts " + counted);
            return;
        }
        relate(RelationKind.AVERAGE, "an average", List.of(total.get(), count.get(), a),
                value(total.get()) + " / " + value(count.get()) + " " + statedAverage(a));
    }

    private boolean counts(int k, String noun) {
        return passage.get(k).noun().map(n -> sameNoun(n, noun)).orElse(false);
    }

    /** "312,000 of them (41.2%)", "436,000 of the 865,000 people (50.4%)", "roughly 30% of the total". */
    private void share(int p) {
        Found share = passage.get(p);
        if ((share.kind() != FigureKind.PERCENT && !Ratios.isBelowOne(share)) || changeDirection(p).isPresent()) {
            return;
        }
        String after = passage.wordsAfter(p, 3);
        int c = p - 1;
        boolean partBefore = c >= 0 && passage.sentenceOf(c) == passage.sentenceOf(p) && passage.usable(c)
                && AMOUNTS.contains(passage.get(c).kind()) && saysPartIsShare(passage.between(c, p));
        if (!partBefore) {
            if (after.startsWith("of")) {
                note(p, "the text gives the share but not the part it is");
            }
            return;
        }
        Found candidate = passage.get(c);
        int part = c;
        Optional<Integer> whole = Optional.empty();
        int b = c - 1;
        if (b >= 0 && passage.sentenceOf(b) == passage.sentenceOf(c) && passage.usable(b)
                && passage.get(b).kind() == candidate.kind() && Passage.sameUnit(passage.get(b), candidate)
                && OF_THE.matcher(passage.between(b, c)).matches()) {
            part = b;
            whole = Optional.of(c);
        }
        if (whole.isEmpty() && after.startsWith("of")) {
            Optional<Integer> next = passage.nextAlike(p, candidate);
            if (next.isPresent() && passage.between(p, next.get()).split(" ").length <= 4) {
                whole = next;
            }
        }
        if (whole.isEmpty()) {
            whole = earlierWhole(part, passage.get(part), OF_THE_TOTAL.matcher(after).lookingAt());
        }
        if (whole.isEmpty()) {
            note(p, "the text does not say what " + passage.written(p) + " is a share of");
            return;
        }
        relate(RelationKind.SHARE, "a share", List.of(part, whole.get(), p),
                value(part) + " / " + value(whole.get()) + " " + comparedTo(p));
    }

    /**
     * Whether the words between a figure and a share make the share that figure's: "312,000 of them
     * (41.2%)", "436,000 people, or 50.4%"; not "1.2m views, and 38% of viewers".
     */
    private static boolean saysPartIsShare(String between) {
        String[] words = between.split(" ");
        return words.length <= 8 && !CLAUSE_BREAK.matcher(between).find();
    }

    /**
     * The whole a share refers back to: an earlier figure counting the same thing, one called a total,
     * one the sentence introduces as the whole ("Of the 865,000 people ..., 436,000"), one the part
     * is said to be of ("£250k, of which £180k"), or, for a share "of the total", the nearest earlier
     * figure that is not a stated average. Never a figure smaller than the part.
     */
    private Optional<Integer> earlierWhole(int part, Found partFigure, boolean ofTheTotal) {
        for (int k = part - 1; k >= 0 && passage.sentenceOf(k) >= passage.sentenceOf(part) - 2; k--) {
            Found candidate = passage.get(k);
            if (!passage.usable(k) || candidate.kind() != partFigure.kind() || !Passage.sameUnit(candidate, partFigure)
                    || !canHold(k, part)) {
                continue;
            }
            boolean sameSentence = passage.sentenceOf(k) == passage.sentenceOf(part);
            boolean introduced = sameSentence && (WHOLE_INTRODUCED.matcher(passage.wordsBeforeQualifier(k, 4)).find()
                    || INCLUDING.matcher(passage.between(k, part)).find());
            // "The appeal raised £2m. Of that, £500k (25%) ...": the part's sentence points back to the figure before it.
            boolean pointedBack = !sameSentence && OF_THAT.matcher(passage.wordsBeforeQualifier(part, 3)).find()
                    && passage.sentenceOf(k) == passage.sentenceOf(part) - 1;
            boolean otherThing = candidate.noun().isPresent() && partFigure.noun().isPresent()
                    && !sameNoun(candidate.noun().get(), partFigure.noun().get());
            if (introduced || ((ofTheTotal || pointedBack) && !statesAverage(k) && !otherThing)) {
                return Optional.of(k);
            }
            boolean sameThing = candidate.noun().isPresent() && partFigure.noun().isPresent()
                    && sameNoun(candidate.noun().get(), partFigure.noun().get());
            boolean themRefersBack = passage.wordsAfter(part, 2).startsWith("of them") || passage.wordsAfter(part, 2).startsWith("of these");
            if (sameThing || themRefersBack || isTotal(k)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Whether whole {@code k} may be at least part {@code part}: a whole is never smaller than its part. */
    private boolean canHold(int k, int part) {
        Optional<java.math.BigDecimal> wholeHi = passage.get(k).interval().flatMap(i -> i.hi());
        Optional<java.math.BigDecimal> partLo = passage.get(part).interval().flatMap(i -> i.lo());
        return wholeHi.isEmpty() || partLo.isEmpty() || wholeHi.get().compareTo(partLo.get()) >= 0;
    }

    /** "4.2m views in all: 1.9m on YouTube and 2.3m on TikTok"; "including 2,104 in Leeds and 1,877 in Hull". */
    private void parts(int t) {
        Found total = passage.get(t);
        if (!AMOUNTS.contains(total.kind()) && total.kind() != FigureKind.PERCENT) {
            return;
        }
        String after = passage.wordsAfter(t, 6);
        String upToNext = t + 1 < passage.size() && passage.sentenceOf(t + 1) == passage.sentenceOf(t)
                ? passage.between(t, t + 1) : "";
        boolean including = INCLUDING.matcher(upToNext).find()
                && !upToNext.contains(".");
        boolean summed = (isTotal(t) && passage.colonAfter(t, 6))
                || MADE_UP_OF.matcher(after).lookingAt();
        if (!including && !summed) {
            return;
        }
        int lastSentence = passage.sentenceOf(t) + (passage.colonAfter(t, 6) && endsSentenceWithColon(t) ? 1 : 0);
        List<Integer> parts = passage.alike(t, total, lastSentence);
        if (parts.isEmpty() || (summed && parts.size() < 2)) {
            note(t, "the text names a total but not the parts it is made of");
            return;
        }
        List<Integer> members = new ArrayList<>(parts);
        members.add(0, t);
        String sum = parts.stream().map(this::value).collect(Collectors.joining(" + "));
        if (including) {
            relate(RelationKind.PARTS_WITHIN, "parts within a whole", members, sum + " <= " + value(t));
        } else {
            relate(RelationKind.SUM, "a sum of parts", members, sum + " " + comparedTo(t));
        }
    }

    private boolean endsSentenceWithColon(int t) {
        int next = t + 1;
        return next < passage.size() && passage.sentenceOf(next) == passage.sentenceOf(t) + 1;
    }

    /** "£300,000 behind the leader's £4.1 million": the gap between two figures. */
    private void difference(int d) {
        Found gap = passage.get(d);
        if (!AMOUNTS.contains(gap.kind()) && gap.kind() != FigureKind.PERCENT) {
            return;
        }
        String after = passage.wordsAfter(d, 4);
        Optional<Boolean> below = direction(after);
        if (below.isEmpty()) {
            return;
        }
        Optional<Integer> other = passage.nextAlike(d, gap);
        if (other.isEmpty() || passage.between(d, other.get()).split(" ").length > 6) {
            return;
        }
        Optional<Integer> from = passage.before(d, Set.of(gap.kind()), gap, false);
        if (from.isEmpty()) {
            note(d, "the text gives the gap to " + passage.get(other.get()).value().orElse("")
                    + " but not the figure it is measured from");
            return;
        }
        String check = below.get()
                ? value(other.get()) + " - " + value(from.get()) + " " + comparedTo(d)
                : value(from.get()) + " - " + value(other.get()) + " " + comparedTo(d);
        relate(RelationKind.DIFFERENCE, "a difference", List.of(from.get(), d, other.get()), check);
    }

    /** Whether the words after a gap put the first figure below (true) or above (false) the second. */
    private static Optional<Boolean> direction(String after) {
        String lead = LEADING_WORD.matcher(after).replaceFirst("");
        if (BELOW.matcher(lead).lookingAt()) {
            return Optional.of(true);
        }
        if (ABOVE.matcher(lead).lookingAt()) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** "nearly four times as many as Hull's 1,877"; "doubled from 12,000 to 25,000". */
    private void multiple(int m) {
        Found multiple = passage.get(m);
        // "halved" is a multiple as "doubled" is; "a quarter" is a share or a change, not a multiple.
        boolean multiplierWord = Lexicon.MULTIPLIER_WORDS.containsKey(passage.written(m).toLowerCase(java.util.Locale.ROOT));
        if (multiple.kind() != FigureKind.RATIO || multiple.value().isEmpty() || (Ratios.isBelowOne(multiple) && !multiplierWord)) {
            return;
        }
        String after = passage.wordsAfter(m, 3);
        if (after.startsWith("from")) {
            Optional<Integer> first = Optional.empty();
            for (int k = m + 1; k < passage.size() && passage.sentenceOf(k) == passage.sentenceOf(m); k++) {
                if (passage.usable(k) && AMOUNTS.contains(passage.get(k).kind())) {
                    first = Optional.of(k);
                    break;
                }
            }
            Optional<Integer> second = first.flatMap(f -> passage.nextAlike(f, passage.get(f)));
            if (second.isPresent()) {
                relate(RelationKind.MULTIPLE, "a multiple", List.of(m, first.get(), second.get()),
                        value(second.get()) + " / " + value(first.get()) + " " + comparedTo(m));
                return;
            }
        }
        Optional<Integer> larger = Optional.empty();
        for (int k = m - 1; k >= 0 && passage.sentenceOf(k) == passage.sentenceOf(m); k--) {
            if (passage.usable(k) && AMOUNTS.contains(passage.get(k).kind())) {
                larger = Optional.of(k);
                break;
            }
        }
        Optional<Integer> smaller = larger.flatMap(l -> passage.nextAlike(m, passage.get(l)));
        if (larger.isPresent() && smaller.isEmpty()) {
            Optional<Integer> first = comparedWith(larger.get());
            if (first.isPresent()) {
                // "37.4m vs 18.1m, doubled": the multiple compares the two figures before it.
                smaller = larger;
                larger = first;
            }
        }
        if (larger.isEmpty() || smaller.isEmpty()) {
            note(m, "the text does not give both figures the multiple compares");
            return;
        }
        relate(RelationKind.MULTIPLE, "a multiple", List.of(larger.get(), m, smaller.get()),
                value(larger.get()) + " / " + value(smaller.get()) + " " + comparedTo(m));
    }

    /** The figure that {@code k} is set against right before it: "37.4m vs 18.1m", "£5m compared with £2.4m". */
    private Optional<Integer> comparedWith(int k) {
        return passage.before(k, Set.of(passage.get(k).kind()), passage.get(k), true)
                .filter(j -> VERSUS.matcher(passage.between(j, k)).matches());
    }

    /** "more than 1.2 million views" and "1,236,904 views": one quantity written twice. */
    private void restatements() {
        Map<String, List<Integer>> byThing = new LinkedHashMap<>();
        for (int i = 0; i < passage.size(); i++) {
            Found f = passage.get(i);
            if (passage.usable(i) && f.noun().isPresent() && AMOUNTS.contains(f.kind())) {
                String key = f.kind() + "|" + f.currency().map(Object::toString).orElse("") + "|" + singular(f.noun().get());
                byThing.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> same : byThing.values()) {
            List<Integer> free = same.stream().filter(i -> !related.contains(i)).toList();
            List<Integer> exact = free.stream().filter(i -> passage.get(i).exact()).toList();
            if (exact.size() != 1) {
                continue;
            }
            for (int rounded : free) {
                boolean restates = !passage.get(rounded).exact()
                        && (passage.get(rounded).operator().isPresent() || free.size() == 2);
                if (restates) {
                    relate(RelationKind.RESTATEMENT, "a rounded restatement", List.of(exact.get(0), rounded),
                            value(exact.get(0)) + " " + comparedTo(rounded));
                }
            }
        }
    }

    /**
     * "from 1.1m to 1.6m, up 45%", "rose 40% to 1,400 from 1,000", "£3.2m, up 40% on the £2.3m", "fell
     * by a quarter, from 1,020 to 765": a stated rise or fall between two figures of its sentence.
     */
    private void change(int p) {
        Optional<Boolean> rise = changeDirection(p);
        if (rise.isEmpty()) {
            return;
        }
        Optional<List<Integer>> fromTo = fromTo(p).or(() -> measuredFrom(p)).or(() -> upFrom(p));
        if (fromTo.isEmpty()) {
            note(p, "the text gives the " + (rise.get() ? "rise" : "fall") + " but not both figures it is between");
            return;
        }
        int from = fromTo.get().get(0);
        int to = fromTo.get().get(1);
        String change = "change(" + value(to) + ", " + value(from) + ")";
        relate(RelationKind.CHANGE, "a change", List.of(from, p, to), rise.get() ? change + " " + comparedTo(p) : fall(change, p));
    }

    /**
     * A fall as a check: "fell 20%" is {@code change(now, before) = -20%}, said as "the change ... is
     * -22%"; a qualified fall ("fell by more than 20%") negates the change instead, so the qualifier
     * keeps its sense ({@code -change(now, before) = more than 20%}).
     */
    private String fall(String change, int p) {
        Found f = passage.get(p);
        if (f.operator().isPresent()) {
            return "-" + change + " " + comparedTo(p);
        }
        return change + (f.kind() == FigureKind.RATIO ? " ~ -" + f.value().orElseThrow() : " = -" + f.check().orElseThrow());
    }

    /** Whether figure {@code p} is a stated rise (true) or fall (false): a percentage or a fraction after "up", "fell by"... */
    private Optional<Boolean> changeDirection(int p) {
        Found f = passage.get(p);
        boolean fraction = Ratios.isBelowOne(f);
        // "2.5 percentage points" is a difference of two percentages, not a change relative to one.
        boolean points = passage.written(p).toLowerCase(java.util.Locale.ROOT).contains("point");
        if (!(f.kind() == FigureKind.PERCENT || fraction) || points) {
            return Optional.empty();
        }
        String before = passage.wordsBeforeQualifier(p, 3);
        if (RISE.matcher(before).find()) {
            return Optional.of(true);
        }
        return FALL.matcher(before).find() ? Optional.of(false) : Optional.empty();
    }

    /** The figures of "from X to Y" (or "to Y from X") in the sentence of {@code p}: [X, Y]. */
    private Optional<List<Integer>> fromTo(int p) {
        for (int k = passage.firstOfSentence(p); k < passage.size() && passage.sentenceOf(k) == passage.sentenceOf(p); k++) {
            if (!passage.usable(k) || !AMOUNTS.contains(passage.get(k).kind())) {
                continue;
            }
            String lead = passage.wordsBeforeQualifier(k, 1);
            Optional<Integer> next = passage.nextAlike(k, passage.get(k));
            if (next.isEmpty() || next.get() == p) {
                continue;
            }
            String joint = passage.between(k, next.get());
            if (!sameClause(p, k, next.get())) {
                continue;
            }
            if (lead.equals("from") && joint.equals("to")) {
                return Optional.of(List.of(k, next.get()));
            }
            if (lead.equals("to") && joint.equals("from")) {
                return Optional.of(List.of(next.get(), k));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether change {@code p} and the pair of figures {@code a} before {@code b} stand in one clause:
     * at most six words between them and none that starts another clause ("Sales rose 5% after we
     * grew from 12 stores to 15" compares stores, not sales).
     */
    private boolean sameClause(int p, int a, int b) {
        if (a < p && p < b) {
            return true;
        }
        String gap = p < a ? passage.between(p, a) : passage.between(b, p);
        return gap.replace(" ,", "").split(" ").length <= 6 && !ANOTHER_CLAUSE.matcher(gap).find();
    }

    /** "1.2 million doors, up from 800,000 in 2017, an increase of 50%": [X, Y] of "Y, up from X" in the sentence of {@code p}. */
    private Optional<List<Integer>> upFrom(int p) {
        for (int k = passage.firstOfSentence(p); k < passage.size() && passage.sentenceOf(k) == passage.sentenceOf(p); k++) {
            if (k == p || !passage.usable(k) || !AMOUNTS.contains(passage.get(k).kind())) {
                continue;
            }
            Optional<Integer> next = passage.nextAlike(k, passage.get(k));
            if (next.isPresent() && next.get() != p && UP_FROM.matcher(passage.between(k, next.get())).matches()
                    && sameClause(p, k, next.get())) {
                return Optional.of(List.of(next.get(), k));
            }
        }
        return Optional.empty();
    }

    /** "£3.2m in Q2, up 40% on the £2.3m of Q1": [the figure after "on", the one before the change]. */
    private Optional<List<Integer>> measuredFrom(int p) {
        if (!MEASURED_FROM.matcher(passage.wordsAfter(p, 2)).find()) {
            return Optional.empty();
        }
        for (int k = p + 1; k < passage.size() && passage.sentenceOf(k) == passage.sentenceOf(p); k++) {
            if (passage.usable(k) && AMOUNTS.contains(passage.get(k).kind())) {
                if (passage.between(p, k).split(" ").length > 5) {
                    return Optional.empty();
                }
                int base = k;
                return passage.before(p, Set.of(passage.get(base).kind()), passage.get(base), true)
                        .map(now -> List.of(base, now));
            }
        }
        return Optional.empty();
    }

    /** "1,250, 980 and 1,430 people, 3,560 altogether", "1.9m on TikTok + 2.3m on YouTube = 4.2m": the parts listed before their total. */
    private void partsBefore(int t) {
        Found total = passage.get(t);
        boolean totalWords = isTotal(t) || passage.wordsBeforeQualifier(t, 1).equals("=");
        if ((!AMOUNTS.contains(total.kind()) && total.kind() != FigureKind.PERCENT) || !totalWords || passage.colonAfter(t, 6)) {
            return;
        }
        List<Integer> parts = new ArrayList<>();
        int next = t;
        for (int k = t - 1; k >= 0 && passage.sentenceOf(k) == passage.sentenceOf(t); k--) {
            if (!passage.usable(k) || passage.get(k).kind() != total.kind() || !Passage.sameUnit(passage.get(k), total)) {
                break;
            }
            String joint = passage.between(k, next);
            Pattern join = next == t ? TOTAL_JOIN : LIST_JOIN;
            if (joint.split(" ").length > 5 || !join.matcher(joint).matches()) {
                break;
            }
            parts.add(0, k);
            next = k;
        }
        if (parts.size() < 2) {
            return;
        }
        List<Integer> members = new ArrayList<>(parts);
        members.add(t);
        relate(RelationKind.SUM, "a sum of parts", members,
                parts.stream().map(this::value).collect(Collectors.joining(" + ")) + " " + comparedTo(t));
    }

    /**
     * "£85,327 on ads: £61,200 on Meta and the remaining £24,127 on YouTube": a list that ends with
     * "the remaining" part adds up to its whole, the figure its sentence announces with a colon, else
     * the last such figure of the sentence before ("served 3.6 million times. Facebook accounted for
     * 2.1 million ... while the remaining 100,000 came from the web"). Percentages with no whole
     * figure add up to 100%.
     */
    private void remainder(int r) {
        Found last = passage.get(r);
        if (!REMAINDER.matcher(passage.wordsBeforeQualifier(r, 4)).find()
                || (!AMOUNTS.contains(last.kind()) && last.kind() != FigureKind.PERCENT)) {
            return;
        }
        List<Integer> listed = new ArrayList<>();
        Optional<Integer> whole = Optional.empty();
        int sentenceBefore = passage.firstOfSentence(passage.firstOfSentence(r) - 1);
        for (int k = Math.max(0, sentenceBefore); k < r; k++) {
            boolean alike = passage.usable(k) && passage.get(k).kind() == last.kind() && Passage.sameUnit(passage.get(k), last);
            if (!alike) {
                continue;
            }
            if (passage.sentenceOf(k) == passage.sentenceOf(r) - 1 && last.kind() != FigureKind.PERCENT) {
                whole = Optional.of(k);
            } else if (passage.sentenceOf(k) == passage.sentenceOf(r)) {
                if (passage.colonAfter(k, 6)) {
                    whole = Optional.of(k);
                    listed.clear();
                } else {
                    listed.add(k);
                }
            }
        }
        listed.add(r);
        if (listed.size() < 2) {
            note(r, "the text names the remaining part but not the others");
            return;
        }
        String sum = listed.stream().map(this::value).collect(Collectors.joining(" + "));
        List<Integer> members = new ArrayList<>(listed);
        if (whole.isPresent()) {
            members.add(whole.get());
            relate(RelationKind.SUM, "a sum of parts", members, sum + " " + comparedTo(whole.get()));
        } else if (last.kind() == FigureKind.PERCENT) {
            relate(RelationKind.SUM, "shares of one whole", members, sum + " = 100%");
        } else {
            note(r, "the text names the remaining part but not the whole the parts make");
        }
    }

    /**
     * "62% came via Twitter, 23% via Instagram and the rest by email": shares of one whole whose
     * rest is not given together leave room for it, so they are at most 100%.
     */
    private void restUnstated(int p) {
        boolean nextInSentence = p + 1 < passage.size() && passage.sentenceOf(p + 1) == passage.sentenceOf(p);
        // The rest must be named right after the last share, before any other figure of the sentence.
        String upToRest = nextInSentence ? passage.between(p, p + 1) : passage.wordsAfter(p, 6);
        if (passage.get(p).kind() != FigureKind.PERCENT || !REST.matcher(upToRest).find()) {
            return;
        }
        List<Integer> shares = new ArrayList<>();
        for (int k = passage.firstOfSentence(p); k <= p; k++) {
            if (passage.usable(k) && passage.get(k).kind() == FigureKind.PERCENT && changeDirection(k).isEmpty()) {
                shares.add(k);
            }
        }
        if (shares.size() >= 2) {
            relate(RelationKind.PARTS_WITHIN, "shares of one whole", shares,
                    shares.stream().map(this::value).collect(Collectors.joining(" + ")) + " <= 100%");
        }
    }

    /** "more than 1.2 million likes, 1,236,904 to be exact": the exact figure restates the rounded one before it. */
    private void exactRestatement(int e) {
        Found exact = passage.get(e);
        if (!exact.exact() || !AMOUNTS.contains(exact.kind()) || !TO_BE_EXACT.matcher(passage.wordsAfter(e, 4)).find()) {
            return;
        }
        passage.before(e, Set.of(exact.kind()), exact, true)
                .filter(rounded -> !passage.get(rounded).exact())
                .ifPresent(rounded -> relate(RelationKind.RESTATEMENT, "a rounded restatement", List.of(e, rounded),
                        value(e) + " " + comparedTo(rounded)));
    }

    private boolean isTotal(int k) {
        String before = passage.wordsBefore(k, 3);
        String after = passage.wordsAfter(k, 4);
        return before.contains("total of") || before.endsWith("totalling") || before.endsWith("totaling")
                || TOTAL_AFTER.matcher(after).lookingAt();
    }

    /** The comparison with a stated figure: "= 41.2%", "= more than 1.2m", "~ 4" for a ratio in words. */
    private String comparedTo(int stated) {
        Found f = passage.get(stated);
        if (f.kind() == FigureKind.RATIO && f.operator().isEmpty()) {
            return "~ " + f.value().orElseThrow();
        }
        return f.comparison();
    }

    /**
     * A stated average is a quotient rounded by whoever wrote it, even when it looks exact: "an average
     * of £129" is every value that rounds to £129, so it is compared within half its last digit.
     */
    private String statedAverage(int i) {
        Found f = passage.get(i);
        if (!f.exact()) {
            return f.comparison();
        }
        String value = f.value().orElseThrow();
        String symbol = value.replaceAll("[0-9,.].*$", "");
        return "~ " + value + " within " + symbol + "0.5";
    }

    private String value(int i) {
        return passage.get(i).value().orElseThrow();
    }

    private void relate(RelationKind kind, String reading, List<Integer> members, String check) {
        List<Integer> ordered = members.stream().distinct().sorted().toList();
        if (ordered.size() < 2) {
            return;
        }
        List<String> ids = ordered.stream().map(i -> figures.get(i).id()).toList();
        if (relationKeys.add(kind + " " + ids)) {
            implied.add(new ImpliedRelation(kind, ids, check, reading));
            related.addAll(ordered);
        }
    }

    private void note(int i, String reason) {
        unrelated.putIfAbsent(figures.get(i).id(), new Unrelated(figures.get(i).id(), reason));
    }

    private static boolean sameNoun(String a, String b) {
        return singular(lastWord(a)).equals(singular(lastWord(b)));
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.split(" ");
        return words[words.length - 1];
    }

    private static String singular(String noun) {
        if (noun.equals("people")) {
            return "person";
        }
        if (noun.endsWith("ies")) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        return noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
    }
}
