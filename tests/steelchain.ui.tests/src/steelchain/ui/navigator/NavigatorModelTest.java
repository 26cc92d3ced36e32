package steelchain.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import steelchain.core.module.ModuleDescriptor;
import steelchain.ui.navigator.NavigatorModel.ModuleEntry;
import steelchain.ui.navigator.NavigatorModel.ViewEntry;

class NavigatorModelTest {

    private static ModuleDescriptor module(String id, String name, int order) {
        return new ModuleDescriptor() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name(Locale locale) {
                return name;
            }

            @Override
            public String description(Locale locale) {
                return name + " module";
            }

            @Override
            public String iconUri() {
                return null;
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public int order() {
                return order;
            }
        };
    }

    private static ViewEntry view(String id, String category, String label) {
        return new ViewEntry(id, category, label, "", null);
    }

    @Test
    void groupsViewsUnderTheirModuleInOrder() {
        List<ModuleEntry> entries = NavigatorModel.build(
                List.of(module("monitor", "Platform monitor", 1000), module("marketing", "Marketing", 10)),
                List.of(view("m.rfm", "marketing", "RFM segments"), view("mon", "monitor", "Monitor"),
                        view("m.360", "marketing", "Customer 360")),
                Locale.ENGLISH);
        assertEquals(List.of("marketing", "monitor"), entries.stream().map(ModuleEntry::id).toList());
        assertEquals(List.of("Customer 360", "RFM segments"),
                entries.get(0).views().stream().map(ViewEntry::label).toList());
    }

    @Test
    void viewsOfNoInstalledModuleGoToOther() {
        List<ModuleEntry> entries = NavigatorModel.build(List.of(module("monitor", "Platform monitor", 1000)),
                List.of(view("plant.kpi", "plant", "Plant KPIs"), view("loose", null, "Loose view")), Locale.ENGLISH);
        assertEquals(2, entries.size());
        ModuleEntry other = entries.get(1);
        assertEquals(NavigatorModel.OTHER_GROUP, other.id());
        assertEquals("Other views", other.name());
        assertEquals(List.of("Loose view", "Plant KPIs"), other.views().stream().map(ViewEntry::label).toList());
        assertEquals(List.of(), entries.get(0).views(), "a module without views is still listed");
        assertEquals("其他视图",
                NavigatorModel.build(List.of(), List.of(view("x", "y", "X")), Locale.SIMPLIFIED_CHINESE).get(0).name());
    }
}
