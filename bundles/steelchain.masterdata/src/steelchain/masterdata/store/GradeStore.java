package steelchain.masterdata.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import jakarta.persistence.EntityManager;

import steelchain.core.model.ElementRange;
import steelchain.core.model.SteelGrade;
import steelchain.masterdata.Counts;
import steelchain.masterdata.layout.Cells;
import steelchain.masterdata.layout.GradeLayout;
import steelchain.masterdata.validation.GradeRow;
import steelchain.masterdata.validation.GradeRow.ElementLimits;

/**
 * Steel grades in the database, through JPA, in flushed and cleared chunks like
 * {@link CustomerStore}. A changed specification (standard, mechanical limits, chemistry) is
 * a new {@linkplain SteelGrade#newRevision() revision} of the grade; a changed description is not.
 */
public final class GradeStore {

    private GradeStore() {
    }

    /**
     * Creates the grades that are new and updates those that differ, by code.
     *
     * @param apply false to only count what would change (a dry run)
     */
    public static Counts write(EntityManager em, List<GradeRow> rows, boolean apply, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, rows.size());
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        for (int start = 0; start < rows.size(); start += CustomerStore.CHUNK) {
            List<GradeRow> chunk = rows.subList(start, Math.min(rows.size(), start + CustomerStore.CHUNK));
            for (GradeRow row : chunk) {
                SteelGrade grade = Entities.byCode(em, SteelGrade.class, row.code());
                if (grade == null) {
                    created++;
                    if (apply) {
                        em.persist(create(row));
                    }
                } else if (matches(grade, row)) {
                    unchanged++;
                } else {
                    updated++;
                    if (apply) {
                        update(grade, row);
                    }
                }
            }
            if (apply) {
                em.flush();
            }
            em.clear();
            Progress.chunkDone(progress, chunk.size());
        }
        return new Counts(created, updated, unchanged);
    }

    /** A new grade, revision 1, with the row's values. */
    public static SteelGrade create(GradeRow row) {
        SteelGrade grade = new SteelGrade(row.code(), row.standard());
        grade.setDescription(row.description());
        copySpecification(row, grade);
        return grade;
    }

    /** Whether the grade has the row's values already. */
    public static boolean matches(SteelGrade grade, GradeRow row) {
        return sameSpecification(grade, row) && Objects.equals(grade.getDescription(), row.description());
    }

    /** Gives the grade the row's values: a changed specification is a new revision. */
    public static void update(SteelGrade grade, GradeRow row) {
        grade.setDescription(row.description());
        if (!sameSpecification(grade, row)) {
            copySpecification(row, grade);
            grade.newRevision();
        }
    }

    /**
     * Writes every grade, ordered by code, a page at a time; returns how many. Chemistry of
     * elements outside {@link GradeLayout#ELEMENTS} has no column and is not written.
     */
    public static long export(EntityManager em, RecordSink sink, IProgressMonitor monitor) throws IOException {
        long total = em.createQuery("SELECT COUNT(g) FROM SteelGrade g", Long.class).getSingleResult();
        SubMonitor progress = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, total));
        long written = 0;
        String after = "";
        while (true) {
            List<SteelGrade> page = em
                    .createQuery("SELECT g FROM SteelGrade g WHERE g.code > :after ORDER BY g.code", SteelGrade.class)
                    .setParameter("after", after).setMaxResults(CustomerStore.CHUNK).getResultList();
            if (page.isEmpty()) {
                return written;
            }
            for (SteelGrade grade : page) {
                sink.write(cells(grade));
            }
            written += page.size();
            after = page.get(page.size() - 1).getCode();
            em.clear();
            Progress.chunkDone(progress, page.size());
        }
    }

    /** The grade's cells in the order of {@link GradeLayout#COLUMNS}. */
    private static List<String> cells(SteelGrade grade) {
        List<String> cells = new ArrayList<>(GradeLayout.COLUMNS.size());
        for (Object value : Arrays.asList(grade.getCode(), grade.getStandard(), grade.getDescription(),
                grade.getYieldMinMpa(), grade.getTensileMinMpa(), grade.getTensileMaxMpa(),
                grade.getElongationMinPercent())) {
            cells.add(Cells.format(value));
        }
        Map<String, ElementRange> chemistry = chemistryOf(grade);
        for (String element : GradeLayout.ELEMENTS) {
            ElementRange range = chemistry.get(element);
            cells.add(Cells.format(range == null ? null : range.getMinPercent()));
            cells.add(Cells.format(range == null ? null : range.getMaxPercent()));
        }
        return cells;
    }

    private static boolean sameSpecification(SteelGrade grade, GradeRow row) {
        if (!grade.getStandard().equals(row.standard()) || !Objects.equals(grade.getYieldMinMpa(), row.yieldMinMpa())
                || !Objects.equals(grade.getTensileMinMpa(), row.tensileMinMpa())
                || !Objects.equals(grade.getTensileMaxMpa(), row.tensileMaxMpa())
                || !sameNumber(grade.getElongationMinPercent(), row.elongationMinPercent())) {
            return false;
        }
        Map<String, ElementRange> stored = chemistryOf(grade);
        if (stored.size() != row.chemistry().size()) {
            return false;
        }
        for (ElementLimits limits : row.chemistry()) {
            ElementRange range = stored.get(limits.element());
            if (range == null || !sameNumber(range.getMinPercent(), limits.minPercent())
                    || !sameNumber(range.getMaxPercent(), limits.maxPercent())) {
                return false;
            }
        }
        return true;
    }

    private static void copySpecification(GradeRow row, SteelGrade grade) {
        grade.setStandard(row.standard());
        grade.setMechanical(row.yieldMinMpa(), row.tensileMinMpa(), row.tensileMaxMpa(), row.elongationMinPercent());
        grade.getChemistry().clear();
        for (ElementLimits limits : row.chemistry()) {
            grade.getChemistry().add(new ElementRange(limits.element(), limits.minPercent(), limits.maxPercent()));
        }
    }

    private static Map<String, ElementRange> chemistryOf(SteelGrade grade) {
        Map<String, ElementRange> byElement = new HashMap<>();
        for (ElementRange range : grade.getChemistry()) {
            byElement.put(range.getElement(), range);
        }
        return byElement;
    }

    /** Equal in value, whatever the scale: {@code 0.2} and {@code 0.2000}. */
    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
