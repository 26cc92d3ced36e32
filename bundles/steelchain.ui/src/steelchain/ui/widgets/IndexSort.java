package steelchain.ui.widgets;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * A stable merge sort of {@code int} indices by a comparison of what they index, in parallel for
 * large arrays. Sorting a million boxed indices with {@code Arrays.parallelSort} takes seconds
 * here; plain indices compared through primitive key arrays take a fraction of that.
 */
final class IndexSort {

    /** Compares the things at two indices, like a {@link java.util.Comparator} of them. */
    @FunctionalInterface
    interface IndexOrder {
        int compare(int a, int b);
    }

    private static final int INSERTION_SORT_LENGTH = 24;
    private static final int PARALLEL_LENGTH = 1 << 16;

    private IndexSort() {
    }

    /** Sorts {@code indices} by {@code order}; indices that compare equal keep their order. */
    static void sort(int[] indices, IndexOrder order) {
        int[] copy = indices.clone();
        ForkJoinPool.commonPool().invoke(new MergeSort(copy, indices, 0, indices.length, order));
    }

    /** Sorts {@code from[low, high)} into {@code to[low, high)}; both hold the same values on entry. */
    private static final class MergeSort extends RecursiveAction {

        private final int[] from;
        private final int[] to;
        private final int low;
        private final int high;
        private final IndexOrder order;

        MergeSort(int[] from, int[] to, int low, int high, IndexOrder order) {
            this.from = from;
            this.to = to;
            this.low = low;
            this.high = high;
            this.order = order;
        }

        @Override
        protected void compute() {
            if (high - low <= INSERTION_SORT_LENGTH) {
                insertionSort();
                return;
            }
            int middle = (low + high) >>> 1;
            // Sort each half of "to" into "from", then merge the halves of "from" back into "to".
            MergeSort left = new MergeSort(to, from, low, middle, order);
            MergeSort right = new MergeSort(to, from, middle, high, order);
            if (high - low >= PARALLEL_LENGTH) {
                invokeAll(left, right);
            } else {
                left.compute();
                right.compute();
            }
            merge(middle);
        }

        private void insertionSort() {
            for (int i = low + 1; i < high; i++) {
                int index = to[i];
                int j = i - 1;
                while (j >= low && order.compare(to[j], index) > 0) {
                    to[j + 1] = to[j];
                    j--;
                }
                to[j + 1] = index;
            }
        }

        private void merge(int middle) {
            if (order.compare(from[middle - 1], from[middle]) <= 0) {
                System.arraycopy(from, low, to, low, high - low);
                return;
            }
            int left = low;
            int right = middle;
            for (int target = low; target < high; target++) {
                // Taking from the left on ties keeps the sort stable.
                if (right >= high || left < middle && order.compare(from[left], from[right]) <= 0) {
                    to[target] = from[left++];
                } else {
                    to[target] = from[right++];
                }
            }
        }
    }
}
