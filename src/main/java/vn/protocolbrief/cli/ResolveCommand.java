package vn.protocolbrief.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.protocolbrief.domain.Partner;
import vn.protocolbrief.domain.PartnerResolver;
import vn.protocolbrief.domain.ProvinceResolver;
import vn.protocolbrief.store.Catalog;
import vn.protocolbrief.store.Store;

@Command(name = "resolve", description = "The 2025 province, or the Japanese partner, a name means.")
final class ResolveCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "A name as a text writes it, e.g. \"tỉnh Bình Định cũ\".")
    List<String> words;

    @Override
    public Integer call() {
        String name = String.join(" ", words);
        try (Store store = cli.openStore()) {
            Catalog catalog = new Catalog(store);
            ProvinceResolver provinces = catalog.provinces();
            var province = provinces.resolve(name);
            if (province.isPresent()) {
                print(provinceJson(province.get()), province.get().province().nameVi() + " (" + province.get().province().id()
                        + ")" + (province.get().isPredecessor() ? " — '" + province.get().predecessor()
                        + "' was merged into it on 1 July 2025" : ""));
                return Cli.OK;
            }
            PartnerResolver partners = catalog.partners();
            var partner = partners.resolve(name);
            if (partner.isPresent()) {
                Partner p = partner.get();
                print(partnerJson(p), p.name("vi") + " (" + p.id() + ") — " + p.kind().id()
                        + (p.nameJa() != null ? " — " + p.nameJa() : ""));
                return Cli.OK;
            }
            List<String> closest = new ArrayList<>(provinces.closest(name, 3));
            closest.addAll(partners.closest(name, 2));
            throw new Catalog.UnknownNameException("name", name, closest);
        }
    }

    private void print(Map<String, Object> json, String text) {
        if (cli.json) {
            cli.out().json(json);
        } else {
            cli.out().line(text);
        }
    }

    private static Map<String, Object> provinceJson(ProvinceResolver.Match m) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("kind", "province");
        j.put("id", m.province().id());
        j.put("name", m.province().nameVi());
        j.put("nameEn", m.province().nameEn());
        j.put("matched", m.matchedName());
        j.put("predecessor", m.predecessor());
        return j;
    }

    private static Map<String, Object> partnerJson(Partner p) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("kind", "partner");
        j.put("id", p.id());
        j.put("name", p.name("vi"));
        j.put("nameEn", p.nameEn());
        j.put("nameJa", p.nameJa());
        j.put("partnerKind", p.kind().id());
        j.put("prefectureCode", p.prefectureCode());
        return j;
    }
}
