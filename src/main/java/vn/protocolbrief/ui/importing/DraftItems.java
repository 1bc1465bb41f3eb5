package vn.protocolbrief.ui.importing;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.ingest.Draft;

/** The list entries of a draft under review, each editable, with the sentence it came from. */
public final class DraftItems {
    private DraftItems() {
    }

    /** A list entry the officer may leave out of the saved record. */
    public abstract static class Item {
        public final BooleanProperty include = new SimpleBooleanProperty(true);
        public final String evidence;

        Item(String evidence) {
            this.evidence = evidence;
        }

        /** The editable values beside {@link #include}, watched for unsaved changes. */
        abstract List<Observable> fields();
    }

    public static final class RequestItem extends Item {
        public final StringProperty direction;
        public final ObservableList<String> categories;
        public final StringProperty text;

        RequestItem(Draft.RequestDraft r) {
            super(r.evidence());
            direction = new SimpleStringProperty(r.direction());
            categories = FXCollections.observableArrayList(r.categories());
            text = new SimpleStringProperty(r.text());
        }

        @Override
        List<Observable> fields() {
            return List.of(direction, categories, text);
        }
    }

    /** A side's own promise: which side ("vn", "jp"), what, by when (ISO date or empty). */
    public static final class CommitmentItem extends Item {
        public final StringProperty side;
        public final StringProperty text;
        public final StringProperty due;

        CommitmentItem(Draft.CommitmentDraft c) {
            super(c.evidence());
            side = new SimpleStringProperty(c.side());
            text = new SimpleStringProperty(c.text());
            due = new SimpleStringProperty(c.due());
        }

        @Override
        List<Observable> fields() {
            return List.of(side, text, due);
        }
    }

    /** Thanks: the side that thanks ("vn", "jp"; the other side is thanked) and for what. */
    public static final class ThanksItem extends Item {
        public final StringProperty by;
        public final StringProperty text;

        ThanksItem(Draft.ThanksDraft t) {
            super(t.evidence());
            by = new SimpleStringProperty(t.by());
            text = new SimpleStringProperty(t.text());
        }

        @Override
        List<Observable> fields() {
            return List.of(by, text);
        }
    }

    public static final class GiftItem extends Item {
        public final StringProperty item;
        public final StringProperty giver;
        public final StringProperty receiver;
        public final StringProperty direction;

        GiftItem(Draft.GiftDraft g) {
            super(g.evidence());
            item = new SimpleStringProperty(g.item());
            giver = new SimpleStringProperty(g.giver());
            receiver = new SimpleStringProperty(g.receiver());
            direction = new SimpleStringProperty(g.direction());
        }

        @Override
        List<Observable> fields() {
            return List.of(item, giver, receiver, direction);
        }
    }

    public static final class AgreementItem extends Item {
        public final StringProperty title;
        public final StringProperty parties;
        public final BooleanProperty signedAtMeeting;
        public final StringProperty date;
        /** Agreed in words, nothing signed: the review says "agreed at this meeting", the store "agreed". */
        public final boolean inWords;

        AgreementItem(Draft.AgreementDraft a) {
            super(a.evidence());
            title = new SimpleStringProperty(a.title());
            parties = new SimpleStringProperty(a.parties());
            signedAtMeeting = new SimpleBooleanProperty(a.signedAtMeeting());
            date = new SimpleStringProperty(a.date());
            inWords = a.inWords();
        }

        @Override
        List<Observable> fields() {
            return List.of(title, parties, signedAtMeeting, date);
        }
    }

    public static final class AidItem extends Item {
        public final StringProperty title;
        public final StringProperty amount;
        public final StringProperty currency;
        public final StringProperty channel;
        final String amountNote;

        AidItem(Draft.AidDraft a) {
            super(a.evidence());
            title = new SimpleStringProperty(a.title());
            amount = new SimpleStringProperty(a.amount() == null ? "" : a.amount().toPlainString());
            currency = new SimpleStringProperty(a.currency());
            channel = new SimpleStringProperty(a.channel());
            amountNote = a.amountNote();
        }

        @Override
        List<Observable> fields() {
            return List.of(title, amount, currency, channel);
        }
    }

    public static final class FigureItem extends Item {
        public final StringProperty label;
        public final StringProperty value;

        FigureItem(Draft.FigureDraft f) {
            super(f.evidence());
            label = new SimpleStringProperty(f.label());
            value = new SimpleStringProperty(f.value());
        }

        @Override
        List<Observable> fields() {
            return List.of(label, value);
        }
    }

    public static final class LocalityItem extends Item {
        final Draft.LocalityDraft original;

        LocalityItem(Draft.LocalityDraft l) {
            super(l.evidence());
            original = l;
        }

        @Override
        List<Observable> fields() {
            return List.of();
        }

        public String name() {
            return original.name();
        }
    }
}
