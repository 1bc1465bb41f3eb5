package vn.protocolbrief.ui.common;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** The window's file choosers, each titled in the window's language (a chooser with no title says nothing). */
public final class Choosers {
    private final Messages m;

    public Choosers(Messages messages) {
        this.m = messages;
    }

    /** Articles to import: text, web pages, Word files. */
    public FileChooser articles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("chooser.articles"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("review.articles"), "*.txt",
                "*.html", "*.htm", "*.docx"));
        return chooser;
    }

    /** A folder of articles to import. */
    public DirectoryChooser articleFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(m.get("chooser.articleFolder"));
        return chooser;
    }

    /** Where to save a copy of a briefing pack. */
    public FileChooser packCopy(String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("chooser.packCopy"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(fileName);
        return chooser;
    }

    /** A store file to open (a travel copy, a colleague's store), starting in {@code folder} when given. */
    public FileChooser storeFile(java.nio.file.Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("chooser.storeFile"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(m.get("chooser.storeFiles"), "*.db"),
                new FileChooser.ExtensionFilter(m.get("chooser.allFiles"), "*"));
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
