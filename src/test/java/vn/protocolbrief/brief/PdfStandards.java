package vn.protocolbrief.brief;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, as a test helper: the rules a PDF breaks for one standard (empty when it conforms). */
public final class PdfStandards {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfStandards() {
    }

    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            Set<String> out = new LinkedHashSet<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    out.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage());
                }
            }
            if (!result.isCompliant() && out.isEmpty()) {
                out.add("not compliant");
            }
            return new ArrayList<>(out);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not read the PDF: " + e, e);
        }
    }

    public static void main(String[] args) throws Exception {
        byte[] pdf = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[0]));
        System.out.println("PDF/UA-1: " + failures(pdf, PDFAFlavour.PDFUA_1));
        System.out.println("PDF/A-2u: " + failures(pdf, PDFAFlavour.PDFA_2_U));
    }
}
