package steelchain.masterdata.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import steelchain.core.data.DataStore;
import steelchain.core.model.Material;
import steelchain.core.model.MaterialType;
import steelchain.core.model.Plant;
import steelchain.core.model.Supplier;
import steelchain.core.model.Warehouse;
import steelchain.core.model.WorkCenter;
import steelchain.masterdata.edit.EditConflict.Kind;
import steelchain.masterdata.store.Entities;

/**
 * Saving the plant, warehouse, work centre and supplier editors through the product's
 * DataStore: create, change, refuse a stale form or one whose plant was deleted meanwhile.
 */
class SiteEditingTest {

    private static DataStore store;

    @BeforeAll
    static void findStore() throws InterruptedException {
        store = ProductStore.find();
    }

    private static String createPlant(String name) {
        String code = ProductStore.uniqueCode("P");
        PlantForm form = MasterDataEditing.newPlant(store);
        form.set(PlantForm.CODE, code);
        form.set(PlantForm.NAME, name);
        form.set(LocationFields.PROVINCE, "Guangdong");
        form.set(LocationFields.LATITUDE, "21.1");
        form.set(LocationFields.LONGITUDE, "110.4");
        MasterDataEditing.save(store, form);
        return code;
    }

    private static <T, R> R read(Class<T> type, String code, Function<T, R> read) {
        return store.read(em -> read.apply(Entities.byCode(em, type, code)));
    }

    @Test
    void aPlantIsCreatedAndChangedAndAStaleFormIsRefused() {
        String code = createPlant("Zhanjiang Works");
        assertEquals(110.4, read(Plant.class, code, p -> p.getLocation().getLongitude()));

        PlantForm mine = MasterDataEditing.plant(store, code);
        PlantForm theirs = MasterDataEditing.plant(store, code);
        assertEquals("21.1", mine.get(LocationFields.LATITUDE));
        theirs.set(LocationFields.CITY, "Zhanjiang");
        MasterDataEditing.save(store, theirs);

        mine.set(PlantForm.NAME, "Zhanjiang Steel Base");
        EditConflict conflict = assertThrows(EditConflict.class, () -> MasterDataEditing.save(store, mine));
        assertEquals(Kind.CHANGED, conflict.kind());
        assertEquals("Zhanjiang Works", read(Plant.class, code, Plant::getName));
        assertEquals("Zhanjiang", read(Plant.class, code, p -> p.getLocation().getCity()));
    }

    @Test
    void aWarehouseMovesFromItsPlantToTheMarket() {
        String plant = createPlant("Meishan Works");
        String code = ProductStore.uniqueCode("W");
        WarehouseForm form = MasterDataEditing.newWarehouse(store);
        assertTrue(form.plants().stream().anyMatch(p -> p.code().equals(plant)), "the new plant is offered");
        form.set(WarehouseForm.CODE, code);
        form.set(WarehouseForm.NAME, "Meishan coil yard");
        form.set(WarehouseForm.PLANT, plant);
        form.set(WarehouseForm.CAPACITY, "120000");
        MasterDataEditing.save(store, form);
        assertEquals(plant, read(Warehouse.class, code, w -> w.getPlant().getCode()));

        WarehouseForm change = MasterDataEditing.warehouse(store, code);
        assertEquals(plant, change.get(WarehouseForm.PLANT));
        assertEquals("120000", change.get(WarehouseForm.CAPACITY));
        change.set(WarehouseForm.PLANT, "");
        change.set(WarehouseForm.NAME, "Nanjing distribution centre");
        change.set(WarehouseForm.CAPACITY, "60000.5");
        MasterDataEditing.save(store, change);
        assertNull(read(Warehouse.class, code, Warehouse::getPlant));
        assertEquals(0, new BigDecimal("60000.5").compareTo(read(Warehouse.class, code, Warehouse::getCapacityTonnes)));
    }

    @Test
    void aWorkCentreWhosePlantWasDeletedMeanwhileIsNotSaved() {
        String plant = createPlant("Short-lived Works");
        String code = ProductStore.uniqueCode("WC");
        WorkCenterForm form = MasterDataEditing.newWorkCenter(store);
        form.set(WorkCenterForm.CODE, code);
        form.set(WorkCenterForm.NAME, "EAF 1");
        form.set(WorkCenterForm.PLANT, plant);
        form.set(WorkCenterForm.TYPE, "EAF");
        form.set(WorkCenterForm.CAPACITY, "150");
        assertTrue(form.isValid(), () -> form.problems().toString());
        store.inTransaction(em -> {
            em.remove(Entities.byCode(em, Plant.class, plant));
            return null;
        });

        EditConflict conflict = assertThrows(EditConflict.class, () -> MasterDataEditing.save(store, form));
        assertEquals(Kind.REFERENCE_DELETED, conflict.kind());
        assertEquals(plant + " was deleted by someone else since you opened the editor; nothing was saved. "
                + "Choose another.", conflict.message(Locale.ENGLISH));
        assertNull(MasterDataEditing.workCenter(store, code), "nothing was written");
    }

    @Test
    void aWorkCentreChangesItsRate() {
        String plant = createPlant("Baoshan Works");
        String code = ProductStore.uniqueCode("WC");
        WorkCenterForm form = MasterDataEditing.newWorkCenter(store);
        form.set(WorkCenterForm.CODE, code);
        form.set(WorkCenterForm.NAME, "Hot strip mill 2050");
        form.set(WorkCenterForm.PLANT, plant);
        form.set(WorkCenterForm.TYPE, "HOT_STRIP_MILL");
        form.set(WorkCenterForm.CAPACITY, "800");
        MasterDataEditing.save(store, form);

        WorkCenterForm change = MasterDataEditing.workCenter(store, code);
        assertEquals("HOT_STRIP_MILL", change.get(WorkCenterForm.TYPE));
        change.set(WorkCenterForm.CAPACITY, "850.5");
        MasterDataEditing.save(store, change);
        assertEquals(0, new BigDecimal("850.5").compareTo(
                read(WorkCenter.class, code, WorkCenter::getCapacityTonnesPerHour)));
        assertEquals(plant, read(WorkCenter.class, code, w -> w.getPlant().getCode()));
    }

    @Test
    void aSuppliersMaterialsAreReplacedByTheTickedOnes() {
        String ore = material("Iron ore fines 62% Fe", MaterialType.IRON_ORE);
        String pellets = material("Iron ore pellets", MaterialType.IRON_ORE);
        String coke = material("Metallurgical coke", MaterialType.COKE);
        String code = ProductStore.uniqueCode("S");
        SupplierForm form = MasterDataEditing.newSupplier(store);
        form.set(SupplierForm.CODE, code);
        form.set(SupplierForm.NAME, "Pilbara Ore Trading");
        form.set(LocationFields.PROVINCE, "Shandong");
        form.setMaterials(List.of(ore, pellets));
        MasterDataEditing.save(store, form);
        assertEquals(List.of(ore, pellets), materials(code));

        SupplierForm change = MasterDataEditing.supplier(store, code);
        assertEquals(List.of(ore, pellets), List.copyOf(change.materialCodes()));
        change.setMaterials(List.of(pellets, coke));
        MasterDataEditing.save(store, change);
        assertEquals(List.of(coke, pellets).stream().sorted().toList(), materials(code));
        assertEquals("Shandong", read(Supplier.class, code, s -> s.getLocation().getProvince()));
    }

    private static List<String> materials(String supplier) {
        return read(Supplier.class, supplier, s -> s.getMaterials().stream().map(Material::getCode).sorted().toList());
    }

    private static String material(String name, MaterialType type) {
        String code = ProductStore.uniqueCode("M");
        store.inTransaction(em -> {
            em.persist(new Material(code, name, type));
            return null;
        });
        return code;
    }
}
