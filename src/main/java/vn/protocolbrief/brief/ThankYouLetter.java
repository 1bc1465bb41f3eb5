package vn.protocolbrief.brief;

import java.util.List;

/**
 * A thank-you letter from the province's leader to the head of a delegation, laid out as Decree 30/2020/NĐ-CP sets
 * an official letter: national title and motto (top right), issuing body, number and subject (top left), place and
 * date (left for the clerk to complete), addressee, body, signer's post and name, recipients. One model for the Word
 * and the PDF renderers. {@code paragraphs} are the body; an item is a line of a list.
 */
public record ThankYouLetter(String lang, String nationalTitle, String motto, List<String> issuingBody, String number,
                             String subject, String placeAndDate, String addressee, String salutation,
                             List<Paragraph> paragraphs, String regards, List<String> signerPost, String signerName,
                             String recipientsHeading, List<String> recipients, String headOfDelegation) {
    public ThankYouLetter {
        issuingBody = List.copyOf(issuingBody);
        paragraphs = List.copyOf(paragraphs);
        signerPost = List.copyOf(signerPost);
        recipients = List.copyOf(recipients);
    }

    /** A paragraph of the body, or an item of a list in it. */
    public record Paragraph(String text, boolean item) {
    }

    /** The whole letter as plain text, top to bottom (for tests and the window's preview). */
    public String plainText() {
        StringBuilder b = new StringBuilder();
        issuingBody.forEach(l -> b.append(l).append('\n'));
        b.append(number).append('\n').append(subject).append('\n');
        b.append(nationalTitle).append('\n').append(motto).append('\n').append(placeAndDate).append("\n\n");
        b.append(addressee).append("\n\n").append(salutation).append('\n');
        paragraphs.forEach(p -> b.append(p.item() ? "- " : "").append(p.text()).append('\n'));
        b.append(regards).append("\n\n");
        signerPost.forEach(l -> b.append(l).append('\n'));
        b.append(signerName).append("\n\n").append(recipientsHeading).append('\n');
        recipients.forEach(r -> b.append(r).append('\n'));
        return b.toString();
    }
}
