package dev.reckon.domain.archviolation.left;

import dev.reckon.domain.archviolation.right.RightValue;

/** One half of a package cycle on purpose. */
public class LeftValue {
    public RightValue right() {
        return null;
    }
}
