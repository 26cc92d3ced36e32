package steelchain.ui.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import steelchain.core.module.ModuleDescriptor;
import steelchain.core.text.Texts;

/**
 * What the navigator shows: the installed modules, each with the views its bundles contribute.
 * A view belongs to the module whose id is its part descriptor's category; views of no
 * installed module (a plant's own bundle, say) are gathered under "Other".
 */
public final class NavigatorModel {

    /** Id of the group for views whose category names no installed module. */
    public static final String OTHER_GROUP = "";

    private static final Texts TEXTS = Texts.of(NavigatorModel.class);

    private NavigatorModel() {
    }

    /** A view that can be opened: one part descriptor. */
    public record ViewEntry(String descriptorId, String category, String label, String tooltip, String iconUri) {
    }

    /** One module and its views, in navigator order. */
    public record ModuleEntry(String id, String name, String description, String version, String iconUri,
            List<ViewEntry> views) {
    }

    public static List<ModuleEntry> build(List<ModuleDescriptor> modules, List<ViewEntry> views, Locale locale) {
        Map<String, List<ViewEntry>> viewsByCategory = new LinkedHashMap<>();
        for (ViewEntry view : views) {
            viewsByCategory.computeIfAbsent(view.category() == null ? OTHER_GROUP : view.category(),
                    c -> new ArrayList<>()).add(view);
        }
        Comparator<ViewEntry> byLabel = Comparator.comparing(ViewEntry::label, String.CASE_INSENSITIVE_ORDER);
        List<ModuleEntry> entries = new ArrayList<>();
        modules.stream()
                .sorted(Comparator.comparingInt(ModuleDescriptor::order).thenComparing(m -> m.name(locale)))
                .forEach(m -> entries.add(new ModuleEntry(m.id(), m.name(locale), m.description(locale), m.version(),
                        m.iconUri(), sorted(viewsByCategory.remove(m.id()), byLabel))));
        List<ViewEntry> others = new ArrayList<>();
        viewsByCategory.values().forEach(others::addAll);
        if (!others.isEmpty()) {
            entries.add(new ModuleEntry(OTHER_GROUP, TEXTS.get(locale, "navigator.other"),
                    TEXTS.get(locale, "navigator.other.description"), "", null, sorted(others, byLabel)));
        }
        return entries;
    }

    private static List<ViewEntry> sorted(List<ViewEntry> views, Comparator<ViewEntry> order) {
        return views == null ? List.of() : views.stream().sorted(order).toList();
    }
}
