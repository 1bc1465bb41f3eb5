package vn.protocolbrief.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** What the window tours share: the window's fonts and theme, a scene saved as a PNG, a visit typed in the composer. */
final class TourShots {
    private TourShots() {
    }

    /** The fonts and theme the installed window uses (Noto Sans, Primer light). */
    static void windowLook() {
        for (String f : new String[]{"NotoSans_400Regular.ttf", "NotoSans_700Bold.ttf", "NotoSansJP_400Regular.ttf"}) {
            try (var in = TourShots.class.getResourceAsStream("/assets/fonts/" + f)) {
                javafx.scene.text.Font.loadFont(in, 13);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    static void save(FxRobot robot, Scene scene, Path file) throws Exception {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = shot[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }

    /** Types a new visit of the demo pair into the composer (3 Dec 2026, ITO Naoki received by Trần Duy Đông). */
    static void typeVisit(vn.protocolbrief.ui.brief.ComposerViewModel composer) {
        composer.newVisit();
        composer.form().dateProperty().set("03/12/2026");
        composer.form().timeProperty().set("09:30");
        composer.form().venueProperty().set("Trụ sở UBND tỉnh Phú Thọ");
        composer.form().leaderProperty().set("ITO Naoki");
        composer.form().hosts().add(new vn.protocolbrief.ui.brief.VisitForm.PersonRow());
        composer.form().hosts().get(0).name().set("Trần Duy Đông");
    }
}
