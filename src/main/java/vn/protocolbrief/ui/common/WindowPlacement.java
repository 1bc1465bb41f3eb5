package vn.protocolbrief.ui.common;

/**
 * Where the window opens the first time: maximised on a laptop screen (1366×768 and smaller: every pixel is
 * needed), otherwise sized to the screen (five sixths of it, at most 1600×1000) and centred. Later launches use the
 * remembered place and size, if that is still on a screen.
 */
public record WindowPlacement(boolean maximized, double x, double y, double width, double height) {
    public static final double SMALL_WIDTH = 1400;
    public static final double SMALL_HEIGHT = 800;

    /** The first placement on a screen whose usable area starts at (x, y) and is width × height. */
    public static WindowPlacement first(double x, double y, double width, double height) {
        if (width <= SMALL_WIDTH || height <= SMALL_HEIGHT) {
            return new WindowPlacement(true, x, y, width, height);
        }
        double w = Math.min(1600, Math.round(width * 5 / 6));
        double h = Math.min(1000, Math.round(height * 5 / 6));
        return new WindowPlacement(false, x + (width - w) / 2, y + (height - h) / 2, w, h);
    }
}
