package vn.protocolbrief.brief;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.data.category.DefaultCategoryDataset;

/** The pack's two charts, in greys and rules so they read the same in black and white. */
final class BriefCharts {
    private static final Color BAR = new Color(0x55, 0x55, 0x55);
    private static final Color GRID = new Color(0xBB, 0xBB, 0xBB);

    private BriefCharts() {
    }

    static JFreeChart requestsByCategory(BriefModel.Charts charts, Labels labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, Integer> e : charts.requestsByCategory().entrySet()) {
            data.addValue(e.getValue(), labels.get("chart.count"), charts.categoryLabels().getOrDefault(e.getKey(), e.getKey()));
        }
        return style(new JFreeChart(null, font(9, Font.PLAIN), plot(data, PlotOrientation.HORIZONTAL, null,
                labels.get("chart.count")), false));
    }

    static JFreeChart meetingsByYear(BriefModel.Charts charts, Labels labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<Integer, Integer> e : charts.meetingsByYear().entrySet()) {
            String year = e.getKey() == null ? labels.get("chart.unknown") : String.valueOf(e.getKey());
            data.addValue(e.getValue(), labels.get("chart.count"), year);
        }
        return style(new JFreeChart(null, font(9, Font.PLAIN), plot(data, PlotOrientation.VERTICAL,
                labels.get("chart.year"), labels.get("chart.count")), false));
    }

    private static CategoryPlot plot(DefaultCategoryDataset data, PlotOrientation orientation, String categoryLabel,
                                     String valueLabel) {
        CategoryAxis categories = new CategoryAxis(categoryLabel);
        categories.setTickLabelFont(font(8, Font.PLAIN));
        categories.setLabelFont(font(8, Font.PLAIN));
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setTickLabelFont(font(8, Font.PLAIN));
        values.setLabelFont(font(8, Font.PLAIN));
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        bars.setSeriesOutlinePaint(0, Color.BLACK);
        bars.setDrawBarOutline(true);
        bars.setMaximumBarWidth(0.12);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(font(8, Font.BOLD));
        // Counts sit just past the end of each bar: black on the dark bar would not read in print.
        bars.setDefaultPositiveItemLabelPosition(orientation == PlotOrientation.HORIZONTAL
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        bars.setItemLabelAnchorOffset(3);
        values.setUpperMargin(0.12);
        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(orientation);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlinePaint(Color.BLACK);
        return plot;
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }

    /** The embedded family: openhtmltopdf maps the AWT family name to the fonts registered for the PDF. */
    private static Font font(int size, int style) {
        return new Font(BriefFonts.SANS, style, size);
    }
}
