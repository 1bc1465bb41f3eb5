package vn.protocolbrief.domain;

import java.util.List;

/** One of the 34 provincial units in force since 1 July 2025, with the pre-2025 units merged into it. */
public record Province(String id, String nameVi, String nameEn, String kind, List<String> predecessors) {
    public Province {
        predecessors = List.copyOf(predecessors);
    }
}
