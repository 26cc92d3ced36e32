package steelchain.masterdata.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import steelchain.core.model.Location;
import steelchain.core.model.WorkCenterType;
import steelchain.masterdata.ImportProblem.Reason;

/** The editors' models of plants, warehouses, work centres and suppliers, without a database. */
class SiteFormsTest {

    private static final List<Reference> PLANTS = List.of(new Reference("BS", "Baoshan Works"),
            new Reference("ZJ", "Zhanjiang Works"));
    private static final List<Reference> MATERIALS = List.of(new Reference("ORE-62", "Iron ore fines 62% Fe"),
            new Reference("COKE", "Metallurgical coke"), new Reference("ZN", "Zinc ingot"));

    @Test
    void aPlaceNeedsBothCoordinatesOrNeitherWithinTheirRange() {
        PlantForm form = PlantForm.create(code -> code.equals("BS"));
        form.set(PlantForm.CODE, "MS");
        form.set(PlantForm.NAME, "Meishan Works");
        assertTrue(form.isValid(), () -> form.problems().toString());

        form.set(LocationFields.LATITUDE, "31.98");
        FieldProblem missing = form.problem(LocationFields.LONGITUDE);
        assertEquals(Reason.COORDINATES_TOGETHER, missing.reason());
        assertEquals("Longitude (°E): required when Latitude (°N) is given: give both coordinates or neither",
                missing.message(Locale.ENGLISH));
        assertEquals("经度（°E）：已填写纬度（°N）时必须填写：经纬度须同时填写或同时留空",
                missing.message(Locale.SIMPLIFIED_CHINESE));

        form.set(LocationFields.LONGITUDE, "190");
        assertEquals("Longitude (°E): not a longitude: must be between -180 and 180 degrees (east positive) (was '190')",
                form.problem(LocationFields.LONGITUDE).message(Locale.ENGLISH));
        form.set(LocationFields.LATITUDE, "-90.5");
        assertEquals(Reason.NOT_LATITUDE, form.problem(LocationFields.LATITUDE).reason());

        form.set(LocationFields.LATITUDE, "31.98");
        form.set(LocationFields.LONGITUDE, "118.6431234");
        assertEquals(Reason.TOO_MANY_DECIMALS, form.problem(LocationFields.LONGITUDE).reason());
        form.set(LocationFields.LONGITUDE, "118.643123");
        form.set(LocationFields.PROVINCE, "Jiangsu");
        assertTrue(form.isValid(), () -> form.problems().toString());
        Location location = form.location();
        assertEquals("Jiangsu", location.getProvince());
        assertNull(location.getCity());
        assertEquals(31.98, location.getLatitude());
        assertEquals(118.643123, location.getLongitude());

        form.set(PlantForm.CODE, "BS");
        assertEquals(Reason.CODE_EXISTS, form.problem(PlantForm.CODE).reason());
    }

    @Test
    void aWarehouseBelongsToAKnownPlantOrToNoneAndHoldsAPositiveTonnage() {
        WarehouseForm form = WarehouseForm.create(code -> false, PLANTS);
        form.set(WarehouseForm.CODE, "WH-GZ");
        form.set(WarehouseForm.NAME, "Guangzhou distribution centre");
        form.set(WarehouseForm.CAPACITY, "0");
        assertEquals("Capacity (t): must be greater than 0 (was '0')",
                form.problem(WarehouseForm.CAPACITY).message(Locale.ENGLISH));
        form.set(WarehouseForm.CAPACITY, "45000.5");
        assertTrue(form.isValid(), () -> form.problems().toString());
        assertNull(form.plantCode(), "a distribution centre belongs to no plant");
        assertEquals(new BigDecimal("45000.5"), form.capacityTonnes());

        form.set(WarehouseForm.PLANT, "XX");
        assertEquals("Plant: no plant with this code in the database (was 'XX')",
                form.problem(WarehouseForm.PLANT).message(Locale.ENGLISH));
        form.set(WarehouseForm.PLANT, "ZJ");
        assertTrue(form.isValid());
        assertEquals("ZJ", form.plantCode());
    }

    @Test
    void aWorkCentreNeedsItsPlantTypeAndRate() {
        WorkCenterForm form = WorkCenterForm.create(code -> code.equals("BS-BF1"), PLANTS);
        assertEquals("", form.get(WorkCenterForm.PLANT), "with two plants the user chooses");
        form.set(WorkCenterForm.CODE, "BS-BF1");
        form.set(WorkCenterForm.NAME, "Blast furnace 1");
        assertEquals(List.of(WorkCenterForm.CODE, WorkCenterForm.PLANT, WorkCenterForm.TYPE, WorkCenterForm.CAPACITY),
                form.problems().stream().map(FieldProblem::field).toList());
        assertEquals(Reason.CODE_EXISTS, form.problem(WorkCenterForm.CODE).reason());

        form.set(WorkCenterForm.CODE, "BS-BF4");
        form.set(WorkCenterForm.PLANT, "BS");
        form.set(WorkCenterForm.TYPE, "blast furnace");
        form.set(WorkCenterForm.CAPACITY, "520.25");
        assertEquals("产能（吨/小时）：最多 1 位小数（输入的是“520.25”）",
                form.problem(WorkCenterForm.CAPACITY).message(Locale.SIMPLIFIED_CHINESE));
        form.set(WorkCenterForm.CAPACITY, "520");
        assertTrue(form.isValid(), () -> form.problems().toString());
        assertEquals(WorkCenterType.BLAST_FURNACE, form.type());
        assertEquals(new BigDecimal("520.0"), form.capacityTonnesPerHour());

        WorkCenterForm single = WorkCenterForm.create(code -> false, PLANTS.subList(0, 1));
        assertEquals("BS", single.get(WorkCenterForm.PLANT), "the only plant is chosen");
    }

    @Test
    void aSupplierDeliversAtLeastOneKnownMaterial() {
        SupplierForm form = SupplierForm.create(code -> false, MATERIALS);
        form.set(SupplierForm.CODE, "S-RIO");
        form.set(SupplierForm.NAME, "Pilbara Ore Trading");
        assertEquals(Reason.REQUIRED, form.problem(SupplierForm.MATERIALS).reason());

        form.setMaterials(List.of("ORE-62", "COKE"));
        assertTrue(form.isValid(), () -> form.problems().toString());
        assertEquals(Set.of("ORE-62", "COKE"), form.materialCodes());

        form.set(SupplierForm.MATERIALS, "ORE-62; SCRAP ;MN-FE;ORE-62");
        assertEquals(List.of("ORE-62", "SCRAP", "MN-FE"), List.copyOf(form.materialCodes()));
        FieldProblem unknown = form.problem(SupplierForm.MATERIALS);
        assertEquals(Reason.UNKNOWN_MATERIAL, unknown.reason());
        assertTrue(unknown.message(Locale.ENGLISH).startsWith(
                "Materials delivered: no material with the code SCRAP, MN-FE in the database"), unknown::toString);
        assertFalse(form.isValid());
    }
}
