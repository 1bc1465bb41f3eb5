package vn.protocolbrief.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.Province;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.Store;

@Command(name = "provinces", description = "The 34 provincial units in force since 1 July 2025, with their predecessors.")
final class ProvincesCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        try (Store store = cli.openStore()) {
            List<Province> provinces = new Catalog(store).provinces().provinces();
            if (cli.json) {
                cli.out().json(provinces.stream().map(ProvincesCommand::toJson).toList());
            } else {
                for (Province p : provinces) {
                    cli.out().line(String.format("%-14s %-12s %s", p.id(), p.nameVi(),
                            "← " + String.join(", ", p.predecessors())));
                }
                cli.out().line(provinces.size() + " units, " + provinces.stream().mapToInt(p -> p.predecessors().size()).sum()
                        + " predecessors");
            }
        }
        return Cli.OK;
    }

    private static Map<String, Object> toJson(Province p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.nameVi());
        m.put("nameEn", p.nameEn());
        m.put("kind", p.kind());
        m.put("predecessors", p.predecessors());
        return m;
    }
}
