package vn.protocolbrief.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import vn.protocolbrief.domain.Archive;
import vn.protocolbrief.domain.PartialDate;
import vn.protocolbrief.domain.UserProblem;

/**
 * The store's JSON form: UTF-8, enums as lower-case ids, partial dates as ISO text at their precision.
 * Unknown fields are errors, so a typo in a hand-edited file is reported rather than silently dropped.
 */
public final class ArchiveJson {
    private static final ObjectMapper MAPPER = mapper();

    private ArchiveJson() {
    }

    /** The mapper every JSON output of the application uses (also the command line's --json). */
    public static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule("partial-dates");
        dates.addSerializer(PartialDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(PartialDate value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                if (value.iso() == null) {
                    gen.writeNull();
                } else {
                    gen.writeString(value.iso());
                }
            }
        });
        dates.addDeserializer(PartialDate.class, new JsonDeserializer<>() {
            @Override
            public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                try {
                    return PartialDate.of(p.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw ctxt.weirdStringException(p.getValueAsString(), PartialDate.class, e.getMessage());
                }
            }

            @Override
            public PartialDate getNullValue(DeserializationContext ctxt) {
                return PartialDate.UNKNOWN;
            }
        });
        // A confirmation of a post is dated by a whole day, as ISO (2026-12-07).
        dates.addSerializer(java.time.LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(java.time.LocalDate value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeString(value.toString());
            }
        });
        dates.addDeserializer(java.time.LocalDate.class, new JsonDeserializer<>() {
            @Override
            public java.time.LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                try {
                    return java.time.LocalDate.parse(p.getValueAsString());
                } catch (java.time.format.DateTimeParseException e) {
                    throw ctxt.weirdStringException(p.getValueAsString(), java.time.LocalDate.class, e.getMessage());
                }
            }
        });
        // Bounded: no number, string or nesting in a file can cost more than a person's store could hold.
        com.fasterxml.jackson.core.JsonFactory factory = com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxNumberLength(40).maxNestingDepth(64).maxStringLength(10_000_000).build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(dates)
                .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
                .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
                .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
                .configure(SerializationFeature.INDENT_OUTPUT, true)
                // A key given twice in one object would otherwise let the second silently win.
                .configure(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION, true)
                .build();
    }

    public static void write(Archive archive, OutputStream out) throws IOException {
        MAPPER.writeValue(out, archive);
    }

    /** The most an export file may hold; a person's store is far smaller. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    /** Reads an archive; a malformed file fails with a one-line message naming line and column. */
    public static Archive read(InputStream in, String name) {
        try {
            Archive a = MAPPER.readValue(new LimitedStream(in, MAX_BYTES, name), Archive.class);
            if (a == null) {
                throw new StoreException(UserProblem.Code.EXPORT_EMPTY, name);
            }
            if (a.format() != Archive.FORMAT) {
                throw new StoreException(UserProblem.Code.EXPORT_FORMAT, name, a.format(), Archive.FORMAT);
            }
            return a;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String what = e.getOriginalMessage().lines().findFirst().orElse("");
            java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("^Duplicate field '(.*)'$").matcher(what);
            if (duplicate.matches()) {
                what = "the key '" + duplicate.group(1) + "' appears twice in one record";
            }
            throw at == null || at.getLineNr() < 1
                    ? new StoreException(StoreException.Problem.NOT_AN_EXPORT_SOMEWHERE, e, name, what)
                    : new StoreException(StoreException.Problem.NOT_AN_EXPORT, e, name, at.getLineNr(), at.getColumnNr(),
                            what);
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.FILE_READ, e, name, TempFiles.reason(e));
        }
    }

    /** Stops reading past a limit, so that no file (or device) can fill memory. */
    private static final class LimitedStream extends java.io.FilterInputStream {
        private final long limit;
        private final String name;
        private long read;

        LimitedStream(InputStream in, long limit, String name) {
            super(in);
            this.limit = limit;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new StoreException(UserProblem.Code.EXPORT_TOO_LARGE, name,
                        limit / (1024 * 1024));
            }
        }
    }
}
