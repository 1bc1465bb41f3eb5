package vn.protocolbrief;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * Logging set up in code rather than from an XML file: no XML parser is loaded on a cold start (about a tenth of
 * a second). Diagnostics go to a file in the user's own cache folder (the launcher sets {@code protocolbrief.log});
 * stdout carries only a command's output, and logback's own status (a log it cannot open) is never printed.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_TOP_PRIORITY)
public final class LogSetup extends ContextAwareBase implements ch.qos.logback.classic.spi.Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        context.getStatusManager().add(new NopStatusListener());
        String file = System.getProperty("protocolbrief.log",
                System.getProperty("java.io.tmpdir") + "/protocol-brief-" + System.getProperty("user.name") + ".log");
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        java.io.OutputStream log = open(file);
        if (log != null) {
            OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
            appender.setContext(context);
            appender.setName("FILE");
            appender.setEncoder(encoder);
            appender.setOutputStream(log);
            appender.start();
            root.addAppender(appender);
        }
        root.setLevel(Level.INFO);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * The log opened for appending without following a link (logback's file appender follows one, so a link
     * planted at the log's name would have it write elsewhere), created owner-only. A log that cannot be opened
     * so (a link, a folder, no permission) is not written: the command runs without it.
     */
    static java.io.OutputStream open(String file) {
        try {
            java.nio.file.Path path = java.nio.file.Path.of(file);
            if (path.toString().equals("/dev/null") || path.toString().equals("NUL")) {
                return null;
            }
            java.util.Set<java.nio.file.OpenOption> options = java.util.Set.of(java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            java.nio.channels.FileChannel channel = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
                    .contains("posix")
                    ? java.nio.channels.FileChannel.open(path, options, java.nio.file.attribute.PosixFilePermissions
                            .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")))
                    : java.nio.channels.FileChannel.open(path, options);
            return new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 8192);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
