package dev.reckon.application.port.shared;

import java.util.Locale;

/** The kinds of arithmetic a text implies between its own figures. */
public enum RelationKind {
    /** A total, a count of the same things and a stated average. */
    AVERAGE,
    /** A part, its whole and the share it is stated to be. */
    SHARE,
    /** Parts that make up a stated total. */
    SUM,
    /** Parts said to be included in a whole: together no more than it. */
    PARTS_WITHIN,
    /** A stated gap between two figures. */
    DIFFERENCE,
    /** "four times as many", "doubled". */
    MULTIPLE,
    /** The same quantity written exactly and rounded. */
    RESTATEMENT,
    /** A stated rise or fall between two figures: "from 1.1m to 1.6m, up 45%". */
    CHANGE;

    /** {@code average}, {@code parts-within}, ... as the JSON contract writes it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
