package vn.protocolbrief.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** Rows and keys of the change log as compact JSON. */
final class ChangeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChangeJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot record the change: " + e.getOriginalMessage(), e);
        }
    }

    static List<Object> readList(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<Object>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("The change log is damaged: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, Object> readMap(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, new TypeReference<java.util.LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("The change log is damaged: " + e.getOriginalMessage(), e);
        }
    }
}
