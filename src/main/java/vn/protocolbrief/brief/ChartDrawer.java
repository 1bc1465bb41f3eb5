package vn.protocolbrief.brief;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Element;

/** Draws {@code <object type="application/x-protocol-brief-chart">} as vector graphics with embedded text. */
final class ChartDrawer implements FSObjectDrawer {
    static final String TYPE = "application/x-protocol-brief-chart";

    private final BriefModel model;
    private final Labels labels;

    ChartDrawer(BriefModel model, Labels labels) {
        this.model = model;
        this.labels = labels;
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
                                         OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
        JFreeChart chart = "meetings".equals(e.getAttribute("data-chart"))
                ? BriefCharts.meetingsByYear(model.charts(), labels)
                : BriefCharts.requestsByCategory(model.charts(), labels);
        float w = (float) width / dotsPerPixel;
        float h = (float) height / dotsPerPixel;
        outputDevice.drawWithGraphics((float) x, (float) y, w, h,
                g -> chart.draw(g, new Rectangle2D.Float(0, 0, w, h)));
        return null;
    }
}
