package dev.reckon.adapter.jdbc;

import dev.reckon.domain.number.Amount;
import dev.reckon.domain.number.Interval;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.Optional;

/**
 * An observation's amount as the store keeps it: three columns side by side, the interval's bounds
 * as decimal text (null where unbounded) and the currency's code (null for counts and ratios).
 */
final class StoredAmount {

    private StoredAmount() {
    }

    /** The amount in the three columns of {@code row} from {@code loColumn} on (1-based, as JDBC counts). */
    static Amount read(ResultSet row, int loColumn) throws SQLException {
        Interval interval = Interval.between(decimal(row.getString(loColumn)), decimal(row.getString(loColumn + 1)));
        return new Amount(interval, Optional.ofNullable(row.getString(loColumn + 2)).map(Currency::getInstance));
    }

    private static Optional<BigDecimal> decimal(String text) {
        return text == null ? Optional.empty() : Optional.of(new BigDecimal(text));
    }
}
