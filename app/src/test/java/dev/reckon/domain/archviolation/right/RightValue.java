package dev.reckon.domain.archviolation.right;

import dev.reckon.domain.archviolation.left.LeftValue;

/** The other half of the package cycle. */
public class RightValue {
    public LeftValue left() {
        return null;
    }
}
