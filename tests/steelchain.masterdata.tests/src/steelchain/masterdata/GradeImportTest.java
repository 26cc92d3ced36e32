package steelchain.masterdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import steelchain.core.model.ElementRange;
import steelchain.core.model.SteelGrade;
import steelchain.masterdata.store.TestDatabase;

/** Steel grades imported into a database: chemistry, revisions, idempotent re-runs. */
class GradeImportTest {

    static final String HEADER = "code,standard,description,yield_min_mpa,tensile_min_mpa,tensile_max_mpa,"
            + "elongation_min_pct,c_max,si_max,mn_max,p_max,s_max";

    @TempDir
    Path folder;

    private final TestDatabase db = new TestDatabase();
    private final MasterDataImporter importer = new MasterDataImporter(db, null);

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    private ImportResult importGrades(String... rows) throws IOException {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        ImportResult result = importer.importFile(
                ImportRequest.of(RecordKind.GRADES, TestFiles.utf8(folder, "grades.csv", lines)),
                new NullProgressMonitor());
        assertTrue(result.accepted(), () -> result.problems().toString());
        return result;
    }

    private SteelGrade grade(String code) {
        return db.read(em -> {
            SteelGrade grade = em.createQuery("SELECT g FROM SteelGrade g WHERE g.code = :code", SteelGrade.class)
                    .setParameter("code", code).getSingleResult();
            grade.getChemistry().size();
            return grade;
        });
    }

    @Test
    void storesChemistryAndLeavesGradesUnchangedOnARerun() throws IOException {
        String q355 = "Q355B,GB/T 1591-2018,Low alloy,355,470,630,21,0.24,0.55,1.60,0.035,0.035";
        assertEquals(new Counts(2, 0, 0), importGrades(q355, "DC01,GB/T 5213,,,270,410,28,0.12,,0.6,,").records());
        assertEquals(new Counts(0, 0, 2),
                importGrades(q355.replace("1.60", "1.6"), "DC01,GB/T 5213,,,270,410,28.0,0.12,,0.60,,").records());

        SteelGrade grade = grade("Q355B");
        assertEquals(1, grade.getRevision());
        assertEquals(List.of("C", "Si", "Mn", "P", "S"),
                grade.getChemistry().stream().map(ElementRange::getElement).toList());
        assertEquals(0, new BigDecimal("1.6").compareTo(grade.getChemistry().get(2).getMaxPercent()));
        assertEquals(470, grade.getTensileMinMpa());
        assertEquals(2, db.count("STEEL_GRADE"));
        assertEquals(7, db.count("GRADE_CHEMISTRY"));
    }

    @Test
    void aChangedSpecificationIsANewRevisionAChangedDescriptionIsNot() throws IOException {
        importGrades("Q235B,GB/T 700,Carbon structural,235,370,500,26,0.20,0.35,1.40,0.045,0.045");

        assertEquals(new Counts(0, 1, 0),
                importGrades("Q235B,GB/T 700-2006,Carbon structural,235,370,500,26,0.20,0.35,1.40,0.045,0.045")
                        .records());
        assertEquals(2, grade("Q235B").getRevision());

        assertEquals(new Counts(0, 1, 0),
                importGrades("Q235B,GB/T 700-2006,普通碳素结构钢,235,370,500,26,0.20,0.35,1.40,0.045,0.045").records());
        assertEquals(2, grade("Q235B").getRevision());
        assertEquals("普通碳素结构钢", grade("Q235B").getDescription());

        assertEquals(new Counts(0, 1, 0),
                importGrades("Q235B,GB/T 700-2006,普通碳素结构钢,235,370,500,26,0.22,0.35,1.40,0.045,").records());
        SteelGrade grade = grade("Q235B");
        assertEquals(3, grade.getRevision());
        assertEquals(List.of("C", "Si", "Mn", "P"), grade.getChemistry().stream().map(ElementRange::getElement).toList());
    }

    @Test
    void chemistryInAnotherOrderIsTheSameChemistry() throws IOException {
        db.run(em -> {
            SteelGrade grade = new SteelGrade("S235JR", "EN 10025-2");
            grade.getChemistry().add(new ElementRange("Mn", null, new BigDecimal("1.40")));
            grade.getChemistry().add(new ElementRange("C", null, new BigDecimal("0.17")));
            em.persist(grade);
        });
        assertEquals(new Counts(0, 0, 1), importGrades("S235JR,EN 10025-2,,,,,,0.17,,1.4,,").records());
    }
}
