package dev.reckon.adapter.file.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps values to x positions on a chart, linear or logarithmic. Logarithmic when every value is
 * positive and they span two orders of magnitude or more: on a linear axis the small side of
 * "31m against 0.5" would be a dot at the origin.
 */
record AxisScale(double min, double max, boolean log, double left, double right) {

    /** The ratio between the largest and smallest value from which the axis is logarithmic. */
    static final double LOG_RATIO = 100;

    /** A scale that shows every value with a margin on both sides. */
    static AxisScale spanning(List<Double> values, double left, double right) {
        double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (low > 0 && high / low >= LOG_RATIO) {
            double lowExp = Math.log10(low);
            double highExp = Math.log10(high);
            double pad = (highExp - lowExp) * 0.06;
            return new AxisScale(lowExp - pad, highExp + pad, true, left, right);
        }
        double pad = high > low ? (high - low) * 0.12 : Math.max(Math.abs(high) * 0.1, 1e-9);
        double min = low - pad;
        // Counts and money are never negative: an axis starting at -3 would suggest they could be.
        if (low >= 0 && min < 0) {
            min = 0;
        }
        return new AxisScale(min, high + pad, false, left, right);
    }

    double x(double value) {
        double v = log ? Math.log10(value) : value;
        double x = left + (v - min) / (max - min) * (right - left);
        return Math.max(left, Math.min(right, x));
    }

    /** Round values along the axis: powers of ten on a log axis, 1-2-5 steps on a linear one. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            for (double e = Math.ceil(min); e <= max; e++) {
                ticks.add(Math.pow(10, e));
            }
            return ticks;
        }
        double raw = (max - min) / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : raw / power < 7.5 ? 5 * power : 10 * power;
        for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }
}
