package vn.protocolbrief.ui.brief;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.protocolbrief.brief.BriefRequest;
import vn.protocolbrief.brief.Labels;

/** What the officer asks of the pack: its language, classification, parts in their order, reviewed records only. */
public final class PackChoices {
    private final StringProperty lang = new SimpleStringProperty("vi");
    private final StringProperty classification = new SimpleStringProperty("");
    /** Leave out what comes from meetings nobody has reviewed (otherwise the pack marks it). */
    private final BooleanProperty reviewedOnly = new SimpleBooleanProperty(false);
    private final ObservableList<PartChoice> parts = FXCollections.observableArrayList();

    /** The window's language is the pack's at first; the parts are named in it. */
    PackChoices(String windowLang) {
        lang.set(windowLang);
        Labels labels = new Labels(windowLang);
        for (String part : BriefRequest.PARTS) {
            parts.add(new PartChoice(part, labels.get("part." + part)));
        }
    }

    /** A part of the pack, ticked to include it; its place in {@link #parts()} is its place in the pack. */
    public record PartChoice(String id, String label, BooleanProperty included) {
        PartChoice(String id, String label) {
            this(id, label, new SimpleBooleanProperty(true));
        }
    }

    /** The ticked parts' ids, in their order. */
    List<String> chosenParts() {
        return parts.stream().filter(p -> p.included().get()).map(PartChoice::id).toList();
    }

    /** The classification to print, or null when none is typed. */
    String classificationOrNull() {
        return VisitForm.blank(classification.get()) ? null : classification.get().strip();
    }

    /** Moves a part one place earlier ({@code by} = -1) or later (+1); returns its new index. */
    public int move(int index, int by) {
        int target = index + by;
        if (index < 0 || index >= parts.size() || target < 0 || target >= parts.size()) {
            return index;
        }
        PartChoice p = parts.remove(index);
        parts.add(target, p);
        return target;
    }

    public ObservableList<PartChoice> parts() {
        return parts;
    }

    public StringProperty langProperty() {
        return lang;
    }

    public StringProperty classificationProperty() {
        return classification;
    }

    public BooleanProperty reviewedOnlyProperty() {
        return reviewedOnly;
    }
}
