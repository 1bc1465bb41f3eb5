package vn.protocolbrief.ingest;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * An article that cannot be read or holds no meeting: a one-line reason, and nothing was saved. The
 * {@link Problem} lets the window say it in its own language; {@link #getMessage()} is the command line's English.
 */
public class ImportException extends RuntimeException {
    /** What went wrong, with the English the command line prints ({0}: the file, {1}… details). */
    public enum Problem {
        NOT_FOUND("Cannot read {0}: no such file or folder."),
        NO_ARTICLES("{0} holds no .txt, .html or .docx articles."),
        UNREADABLE("Cannot read {0}: {1}"),
        TOO_LARGE("{0} is {1} MB; an article is at most {2} MB. Nothing was imported."),
        TOO_LARGE_INFLATED("{0} is a .docx whose text unpacks to more than {1} MB; an article is far smaller. Nothing was imported."),
        EMPTY("{0} is empty. Nothing was imported."),
        BINARY("{0} is not a text article (it holds binary data). Nothing was imported."),
        NOT_UTF8("{0} is not UTF-8 text. Save the article as UTF-8 and import it again. Nothing was imported."),
        NO_TEXT("{0} has no article text. Nothing was imported."),
        EMPTY_DOCUMENT("{0} is an empty document. Nothing was imported."),
        BAD_DOCX("{0} is not a readable .docx file. Nothing was imported."),
        ZIP_NOT_DOCX("{0} is a zip file but not a .docx document. Nothing was imported."),
        NO_PARTNER("{0}: no meeting with a Japanese partner found. Nothing was imported."),
        NO_MEETING("{0}: no meeting found (no reception, visit or talks). Nothing was imported."),
        FOREIGN("{0}: the delegation is from {1}, not Japan. Nothing was imported."),
        NATIONAL("{0}: a national-level meeting ({1}); no province takes part. Nothing was imported."),
        NO_PROVINCE("Cannot save: the article names no Vietnamese province."),
        NO_PARTNER_CHOSEN("Cannot save: no Japanese partner is chosen.");

        private final String english;

        Problem(String english) {
            this.english = english;
        }
    }

    private final Problem problem;
    private final List<String> args;

    public ImportException(Problem problem, Throwable cause, Object... args) {
        super(new MessageFormat(problem.english, Locale.ENGLISH).format(args), cause);
        this.problem = problem;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public ImportException(Problem problem, Object... args) {
        this(problem, null, args);
    }

    public Problem problem() {
        return problem;
    }

    /** The details the message names, as text: the file first. */
    public List<String> args() {
        return args;
    }
}
