package steelchain.core.model;

/** Process steps of an integrated (BF-BOF) and an electric (EAF) steel route. */
public enum WorkCenterType {
    BLAST_FURNACE, BOF, EAF, LADLE_FURNACE, RH_DEGASSER, CONTINUOUS_CASTER, HOT_STRIP_MILL, PLATE_MILL, BAR_MILL,
    COLD_MILL, GALVANIZING_LINE, CUT_LINE
}
