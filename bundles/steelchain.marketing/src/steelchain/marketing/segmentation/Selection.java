package steelchain.marketing.segmentation;

/** Quickselect over numbers of values: order statistics without sorting. */
final class Selection {

    private Selection() {
    }

    /**
     * Reorders {@code order[from..last]}, numbers of values in {@code key}, so that the number at
     * {@code nth} is the one sorting them by their values would put there, with no larger value
     * before it and no smaller one after it (Hoare's partition around the median of three).
     */
    static void select(double[] key, int[] order, int from, int last, int nth) {
        while (last > from) {
            double a = key[order[from]];
            double b = key[order[(from + last) >>> 1]];
            double c = key[order[last]];
            double pivot = a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
            int i = from;
            int j = last;
            while (i <= j) {
                while (key[order[i]] < pivot) {
                    i++;
                }
                while (key[order[j]] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int swap = order[i];
                    order[i] = order[j];
                    order[j] = swap;
                    i++;
                    j--;
                }
            }
            if (nth <= j) {
                last = j;
            } else if (nth >= i) {
                from = i;
            } else {
                return;
            }
        }
    }
}
