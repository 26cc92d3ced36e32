package steelchain.masterdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import steelchain.masterdata.csv.CsvEncoding;
import steelchain.masterdata.csv.UnencodableValueException;
import steelchain.masterdata.store.TestDatabase;

/** What is exported imports again as it was: into another database, or into the same one unchanged. */
class RoundTripTest {

    @TempDir
    Path folder;

    private final TestDatabase source = new TestDatabase();
    private final TestDatabase target = new TestDatabase();

    @BeforeEach
    void fillSource() throws IOException {
        importInto(source, RecordKind.CUSTOMERS, TestFiles.utf8(folder, "customers.csv", CustomerImportTest.HEADER,
                "C001,\"宝山钢铁股份有限公司 \"\"宝钢\"\"\",AUTOMOTIVE,上海,上海,5000000.5,A",
                "C002,\"Anshan, Iron & Steel\",CONSTRUCTION,,,0,C", "C003,\"Two\nlines\",TRADING,广东,,12.3,D"));
        importInto(source, RecordKind.GRADES, TestFiles.utf8(folder, "grades.csv",
                "code,standard,description,yield_min_mpa,tensile_min_mpa,tensile_max_mpa,elongation_min_pct,"
                        + "c_min,c_max,mn_max,cr_min,cr_max,ni_max",
                "Q355B,GB/T 1591,低合金高强度结构钢,355,470,630,21,,0.24,1.6,,,",
                "06Cr19Ni10,GB/T 20878,Austenitic stainless,205,515,,40,,0.08,2,18,20,10.5"));
        importInto(source, RecordKind.ORDERS, TestFiles.utf8(folder, "orders.csv", OrderImportTest.HEADER,
                "SO-1,C001,2026-03-05,10,HOT_ROLLED_COIL,Q355B,2.5,1250,25.125,2026-04-30,4120.50,,",
                "SO-1,C001,2026-03-05,20,REBAR,Q355B,16,,30,2026-05-31,3850,CONFIRMED,",
                "SO-2,C003,2026-03-06,1,COLD_ROLLED_COIL,06Cr19Ni10,0.8,1219,5,2026-03-06,18000,,SHIPPED"));
    }

    @AfterEach
    void dropDatabases() {
        source.close();
        target.close();
    }

    private static ImportResult importInto(TestDatabase db, RecordKind kind, Path file) throws IOException {
        ImportResult result = new MasterDataImporter(db, null).importFile(ImportRequest.of(kind, file), new NullProgressMonitor());
        assertTrue(result.accepted(), () -> result.problems().toString());
        return result;
    }

    private Path export(TestDatabase db, RecordKind kind, CsvEncoding encoding, HeaderLanguage headers, String name)
            throws IOException {
        Path file = folder.resolve(name);
        new MasterDataExporter(db).export(kind, file, encoding, headers, new NullProgressMonitor());
        return file;
    }

    @Test
    void anExportImportedIntoAnotherDatabaseExportsTheSameBytes() throws IOException {
        for (RecordKind kind : RecordKind.values()) {
            Path first = export(source, kind, CsvEncoding.UTF_8, HeaderLanguage.ENGLISH, kind.optionName() + "-1.csv");
            ImportResult imported = importInto(target, kind, first);
            assertEquals(0, imported.records().updated() + imported.records().unchanged());
            Path second = export(target, kind, CsvEncoding.UTF_8, HeaderLanguage.ENGLISH, kind.optionName() + "-2.csv");
            assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), kind.name());
        }
    }

    @Test
    void anExportImportedIntoTheSameDatabaseChangesNothing() throws IOException {
        for (RecordKind kind : RecordKind.values()) {
            ImportResult result = importInto(source, kind,
                    export(source, kind, CsvEncoding.UTF_8, HeaderLanguage.ENGLISH, kind.optionName() + ".csv"));
            assertEquals(0, result.records().created() + result.records().updated(), kind.name());
            assertEquals(0, result.lines().created() + result.lines().updated(), kind.name());
        }
    }

    @Test
    void exportsWhatExcelOpensUtf8WithByteOrderMarkOrGbkWithChineseHeaders() throws IOException {
        byte[] utf8 = Files.readAllBytes(
                export(source, RecordKind.CUSTOMERS, CsvEncoding.UTF_8, HeaderLanguage.ENGLISH, "utf8.csv"));
        String text = new String(utf8, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFcode,name,industry,province,city,credit_limit_cny,grade\r\n"), text);
        assertTrue(text.contains("\r\nC001,\"宝山钢铁股份有限公司 \"\"宝钢\"\"\",AUTOMOTIVE,上海,上海,5000000.50,A\r\n"), text);
        assertTrue(text.contains("\r\nC003,\"Two\nlines\",TRADING,广东,,12.30,D\r\n"), text);

        Path gbk = export(source, RecordKind.ORDERS, CsvEncoding.GBK, HeaderLanguage.CHINESE, "gbk.csv");
        List<String> lines = List.of(TestFiles.read(gbk, TestFiles.GBK).split("\r\n"));
        assertEquals("订单号,客户编码,订单日期,行号,产品形态,牌号,厚度(mm),宽度(mm),重量(吨),交货日期,单价(元/吨),状态,订单状态", lines.get(0));
        assertEquals("SO-1,C001,2026-03-05,20,REBAR,Q355B,16.00,,30.000,2026-05-31,3850.00,CONFIRMED,OPEN", lines.get(2));
        importInto(target, RecordKind.CUSTOMERS,
                export(source, RecordKind.CUSTOMERS, CsvEncoding.GBK, HeaderLanguage.CHINESE, "customers-gbk.csv"));
        importInto(target, RecordKind.GRADES,
                export(source, RecordKind.GRADES, CsvEncoding.GBK, HeaderLanguage.CHINESE, "grades-gbk.csv"));
        assertEquals(new Counts(3, 0, 0), importInto(target, RecordKind.ORDERS, gbk).lines());
    }

    @Test
    void refusesToWriteInGbkWhatGbkCannotHoldAndLeavesTheFileAlone() throws IOException {
        importInto(source, RecordKind.CUSTOMERS, TestFiles.utf8(folder, "rare.csv", CustomerImportTest.HEADER,
                "C004,\uD842\uDFB7野家,TRADING,,,0,C"));
        Path file = TestFiles.write(folder.resolve("customers.csv"), "previous export", StandardCharsets.UTF_8);

        UnencodableValueException e = assertThrows(UnencodableValueException.class, () -> new MasterDataExporter(source)
                .export(RecordKind.CUSTOMERS, file, CsvEncoding.GBK, HeaderLanguage.ENGLISH, new NullProgressMonitor()));

        assertEquals("\uD842\uDFB7野家", e.value());
        assertEquals("previous export", TestFiles.read(file, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(folder)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }
}
