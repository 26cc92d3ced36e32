package steelchain.masterdata.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManager;
import steelchain.core.model.Material;
import steelchain.core.model.MaterialType;
import steelchain.core.model.Supplier;
import steelchain.core.model.Warehouse;
import steelchain.masterdata.edit.MasterDataEditing;
import steelchain.masterdata.edit.PlantForm;

/** The warehouse and supplier editors on a display against the product's database. */
class SiteEditorDialogsTest extends EditorDialogTest {


    @Test
    void aWarehouseIsPutAtAPlantChosenByNameAndMovedToTheMarket() {
        String plant = unique("P");
        PlantForm plantForm = MasterDataEditing.newPlant(store);
        plantForm.set(PlantForm.CODE, plant);
        plantForm.set(PlantForm.NAME, "Rizhao Works");
        MasterDataEditing.save(store, plantForm);

        String code = unique("W");
        WarehouseEditorDialog dialog = new WarehouseEditorDialog(shell, store, MasterDataEditing.newWarehouse(store));
        dialog.setBlockOnOpen(false);
        dialog.open();
        EditorWindow window = new EditorWindow(dialog.getShell());
        assertEquals("New warehouse", window.shell().getText());
        window.type("Warehouse code", code);
        window.type("Name", "Rizhao plate yard");
        window.choose("Plant", plant + " \u2014 Rizhao Works");
        window.type("Capacity (t)", "-10");
        assertEquals("Capacity (t): must be greater than 0 (was '-10')", dialog.getErrorMessage());
        assertFalse(window.ok().isEnabled());
        window.type("Capacity (t)", "80000");
        window.type("Latitude (°N)", "35.4");
        assertEquals("Longitude (°E): required when Latitude (°N) is given: give both coordinates or neither",
                dialog.getErrorMessage());
        window.type("Longitude (°E)", "119.5");
        assertNull(dialog.getErrorMessage());
        window.pressOk();
        assertEquals(Window.OK, dialog.getReturnCode());
        assertEquals(plant, store.read(em -> byCode(em, Warehouse.class, code).getPlant().getCode()));

        WarehouseEditorDialog change = new WarehouseEditorDialog(shell, store,
                MasterDataEditing.warehouse(store, code));
        change.setBlockOnOpen(false);
        change.open();
        EditorWindow changeWindow = new EditorWindow(change.getShell());
        assertEquals("Warehouse " + code, changeWindow.shell().getText());
        changeWindow.choose("Plant", "(none: distribution centre)");
        changeWindow.pressOk();
        assertEquals(Window.OK, change.getReturnCode());
        assertNull(store.read(em -> byCode(em, Warehouse.class, code).getPlant()));
    }

    @Test
    void aSupplierIsSavedWithTheMaterialsTicked() {
        String coke = unique("M");
        String zinc = unique("M");
        store.inTransaction(em -> {
            em.persist(new Material(coke, "Metallurgical coke", MaterialType.COKE));
            em.persist(new Material(zinc, "Zinc ingot", MaterialType.ZINC));
            return null;
        });
        String code = unique("S");
        SupplierEditorDialog dialog = new SupplierEditorDialog(shell, store, MasterDataEditing.newSupplier(store));
        dialog.setBlockOnOpen(false);
        dialog.open();
        EditorWindow window = new EditorWindow(dialog.getShell());
        window.type("Supplier code", code);
        window.type("Name", "Shanxi Coking Coal");
        assertEquals("Materials delivered: a value is required", dialog.getErrorMessage());
        assertFalse(window.ok().isEnabled(), "a supplier delivers something");

        Table materials = dialog.materials();
        tick(materials, coke);
        tick(materials, zinc);
        assertTrue(window.ok().isEnabled());
        window.pressOk();
        assertEquals(Window.OK, dialog.getReturnCode());
        assertEquals(List.of(coke, zinc), store.read(em -> byCode(em, Supplier.class, code).getMaterials()
                .stream().map(Material::getCode).sorted().toList()));
    }

    private static <T> T byCode(EntityManager em, Class<T> type, String code) {
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.code = :c", type)
                .setParameter("c", code).getSingleResult();
    }

    /** Ticks the material with {@code code}, as a user's click on its box does. */
    private static void tick(Table materials, String code) {
        for (TableItem item : materials.getItems()) {
            if (code.equals(item.getData())) {
                item.setChecked(true);
                Event event = new Event();
                event.item = item;
                event.detail = SWT.CHECK;
                materials.notifyListeners(SWT.Selection, event);
                return;
            }
        }
        throw new AssertionError("no material " + code);
    }
}
