package steelchain.marketing.segmentation;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * K-means clustering as scikit-learn does it: greedy k-means++ seeding (2 + ln k candidate
 * centres per step, the one lowering the potential most is kept), then Lloyd iterations until
 * the centres move less than {@code 1e-4} times the mean feature variance (squared, summed); the
 * best of {@code restarts} runs by inertia wins. Restarts run in parallel; each draws from its
 * own random stream split from the seed in order, and ties go to the lower restart, so a seed
 * gives the same result on any number of cores.
 * <p>
 * Each Lloyd step is the filtering algorithm of Kanungo et al. (2002) on a k-d tree of the
 * points, built once and shared by the restarts: a box of points whose nearest centre is provably
 * one and the same joins that centre as a whole, through the box's precomputed sum, and only
 * boxes cut by a border between clusters are opened down to their points. Same steps and result
 * as plain Lloyd, with a small part of the distances; with a segmentation's few features
 * (at most {@value #MAX_DIMENSIONS}, fewer are padded with zero coordinates) most boxes are
 * decided near the root.
 */
public final class KMeans {

    static final int MAX_ITERATIONS = 300;
    static final double RELATIVE_TOLERANCE = 1e-4;
    /** The most features a point may have. */
    public static final int MAX_DIMENSIONS = 3;

    /**
     * A clustering.
     *
     * @param centers    {@code k * d} centre coordinates, row by row
     * @param labels     cluster of each point
     * @param inertia    sum of squared distances of the points to their centres
     * @param iterations Lloyd iterations of the winning restart
     */
    public record Result(int k, int dimensions, double[] centers, int[] labels, double inertia, int iterations) {

        public double center(int cluster, int dimension) {
            return centers[cluster * dimensions + dimension];
        }
    }

    private KMeans() {
    }

    /**
     * Clusters the {@code n = points.length / dimensions} points into {@code k} clusters.
     *
     * @param threads how many restarts run at once
     */
    public static Result fit(double[] points, int dimensions, int k, int restarts, long seed, int threads) {
        if (dimensions < 1 || dimensions > MAX_DIMENSIONS) {
            throw new IllegalArgumentException(
                    "k-means takes 1 to " + MAX_DIMENSIONS + " features per point, not " + dimensions);
        }
        int n = points.length / dimensions;
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("Cannot make " + k + " clusters of " + n + " points");
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("k-means needs at least one restart, not " + restarts);
        }
        double[][] columns = new double[MAX_DIMENSIONS][n];
        for (int f = 0; f < dimensions; f++) {
            double[] column = columns[f];
            for (int i = 0; i < n; i++) {
                column[i] = points[i * dimensions + f];
            }
        }
        double tolerance = RELATIVE_TOLERANCE * meanVariance(columns, dimensions);
        KdTree tree = new KdTree(columns[0], columns[1], columns[2], threads > 1);
        SplittableRandom master = new SplittableRandom(seed);
        Restart[] runs = new Restart[restarts];
        for (int r = 0; r < restarts; r++) {
            runs[r] = new Restart(columns[0], columns[1], columns[2], tree, k, master.split(), tolerance);
        }
        runAll(runs, Math.max(1, Math.min(threads, restarts)));
        Restart best = runs[0];
        for (Restart run : runs) {
            if (run.inertia < best.inertia) {
                best = run;
            }
        }
        int[] labels = new int[n];
        double inertia = best.label(labels);
        double[] centers = new double[k * dimensions];
        double[][] bestCentres = { best.cx, best.cy, best.cz };
        for (int c = 0; c < k; c++) {
            for (int f = 0; f < dimensions; f++) {
                centers[c * dimensions + f] = bestCentres[f][c];
            }
        }
        return new Result(k, dimensions, centers, labels, inertia, best.iterations);
    }

    /** Runs the restarts on {@code threads} threads, the calling one included, each taking the next restart not yet begun. */
    private static void runAll(Restart[] runs, int threads) {
        AtomicInteger next = new AtomicInteger();
        Worker[] workers = new Worker[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Worker(runs, next);
        }
        for (int t = 1; t < threads; t++) {
            workers[t].fork(true);
        }
        workers[0].run();
        for (Worker worker : workers) {
            worker.await();
        }
    }

    private static final class Worker extends SideTask {
        private final Restart[] runs;
        private final AtomicInteger next;

        Worker(Restart[] runs, AtomicInteger next) {
            super("k-means");
            this.runs = runs;
            this.next = next;
        }

        @Override
        protected void work() {
            for (int r = next.getAndIncrement(); r < runs.length; r = next.getAndIncrement()) {
                runs[r].run();
            }
        }
    }

    /** Mean over the features of their population variance, as scikit-learn scales its tolerance. */
    private static double meanVariance(double[][] columns, int d) {
        double total = 0;
        for (int f = 0; f < d; f++) {
            double[] column = columns[f];
            int n = column.length;
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += column[i];
            }
            mean /= n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double deviation = column[i] - mean;
                squares += deviation * deviation;
            }
            total += squares / n;
        }
        return total / d;
    }

    /**
     * A k-d tree of the points: each node is a box around a run of points in tree order, with the
     * sum of their coordinates and of their squared norms; a node is split at the median of its
     * widest side. Read only once built, so the restarts share it.
     */
    static final class KdTree {
        private static final int LEAF_SIZE = 16;

        /** The points in tree order. */
        final double[] x;
        final double[] y;
        final double[] z;
        /** The number of the point at each place in tree order. */
        final int[] order;
        /** The points by number, one array per coordinate (the caller's). */
        private final double[][] points;
        /** Room for nodes: node numbers are below it (the two halves may leave some unused between them). */
        final int nodes;
        /** Levels, the root's included. */
        final int depth;
        /** Per node: first point and end of its run, children (-1 for a leaf). */
        final int[] start;
        final int[] end;
        final int[] left;
        final int[] right;
        /** Per node, three per node: lower and upper corner, sum of the coordinates. */
        final double[] low;
        final double[] high;
        final double[] sum;
        /** Per node: sum of the squared norms of its points. */
        final double[] squares;

        /** At least this many points to build the two halves of the tree on two threads. */
        private static final int PARALLEL_POINTS = 4096;

        /**
         * Builds the tree of the points; with {@code parallel}, and enough points, the two halves
         * below the root on two threads (each half's nodes have a range of numbers of their own).
         */
        KdTree(double[] px, double[] py, double[] pz, boolean parallel) {
            int n = px.length;
            points = new double[][] { px, py, pz };
            order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            int middle = n >>> 1;
            int lowerRoom = room(middle);
            int capacity = 1 + lowerRoom + room(n - middle);
            start = new int[capacity];
            end = new int[capacity];
            left = new int[capacity];
            right = new int[capacity];
            low = new double[3 * capacity];
            high = new double[3 * capacity];
            sum = new double[3 * capacity];
            squares = new double[capacity];
            nodes = capacity;
            double[] cell = { Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY };
            for (int i = 0; i < n; i++) {
                cell[0] = smaller(cell[0], px[i]);
                cell[1] = smaller(cell[1], py[i]);
                cell[2] = smaller(cell[2], pz[i]);
                cell[3] = larger(cell[3], px[i]);
                cell[4] = larger(cell[4], py[i]);
                cell[5] = larger(cell[5], pz[i]);
            }
            depth = buildFromRoot(n, cell, lowerRoom, parallel);
            x = new double[n];
            y = new double[n];
            z = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = px[order[i]];
                y[i] = py[order[i]];
                z[i] = pz[order[i]];
            }
        }

        /** Builds the root and below it; returns the depth. */
        private int buildFromRoot(int n, double[] cell, int lowerRoom, boolean parallel) {
            int middle = n >>> 1;
            int widest = widest(cell);
            start[0] = 0;
            end[0] = n;
            if (isLeaf(0, n, cell, widest)) {
                left[0] = -1;
                right[0] = -1;
                measureLeaf(0, 0, n);
                return 1;
            }
            double[][] halves = split(0, n, cell, widest);
            Builder lower = new Builder(1, 0, middle, halves[0]);
            Builder upper = new Builder(1 + lowerRoom, middle, n, halves[1]);
            lower.fork(parallel && n >= PARALLEL_POINTS);
            upper.work();
            lower.await();
            joinChildren(0, 1, 1 + lowerRoom);
            return Math.max(lower.deepest, upper.deepest);
        }

        /** The most nodes a tree of {@code points} has: splits stop at LEAF_SIZE points, so a leaf holds at least half of that. */
        private static int room(int points) {
            return 2 * Math.max(1, points / ((LEAF_SIZE + 1) / 2));
        }

        /**
         * Builds one half of the tree below the root, numbering its nodes from its first number
         * on; on a thread of its own or on the calling one.
         */
        private final class Builder extends SideTask {
            private final int firstPoint;
            private final int endPoint;
            private final double[] halfCell;
            private int next;
            private int deepest;

            Builder(int first, int from, int to, double[] cell) {
                super("k-d tree");
                this.next = first;
                this.firstPoint = from;
                this.endPoint = to;
                this.halfCell = cell;
            }

            @Override
            protected void work() {
                build(firstPoint, endPoint, 2, halfCell);
            }

            /**
             * Builds the node of the points {@code from..to} in {@code cell} (lower corner, then
             * upper corner): split at the median of the cell's widest side, the box and sums of a
             * node are those of its points, gathered from its children.
             */
            int build(int from, int to, int level, double[] cell) {
                int node = next++;
                deepest = Math.max(deepest, level);
                start[node] = from;
                end[node] = to;
                int widest = widest(cell);
                if (isLeaf(from, to, cell, widest)) {
                    left[node] = -1;
                    right[node] = -1;
                    measureLeaf(node, from, to);
                    return node;
                }
                double[][] halves = split(from, to, cell, widest);
                int middle = (from + to) >>> 1;
                int lower = build(from, middle, level + 1, halves[0]);
                int upper = build(middle, to, level + 1, halves[1]);
                joinChildren(node, lower, upper);
                return node;
            }
        }

        private static int widest(double[] cell) {
            int widest = 0;
            for (int f = 1; f < 3; f++) {
                if (cell[3 + f] - cell[f] > cell[3 + widest] - cell[widest]) {
                    widest = f;
                }
            }
            return widest;
        }

        private static boolean isLeaf(int from, int to, double[] cell, int widest) {
            return to - from <= LEAF_SIZE || cell[3 + widest] == cell[widest];
        }

        /** Puts the points {@code from..to} in order around their median on the widest side; returns the two halves' cells. */
        private double[][] split(int from, int to, double[] cell, int widest) {
            int middle = (from + to) >>> 1;
            double[] axis = points[widest];
            Selection.select(axis, order, from, to - 1, middle);
            double median = axis[order[middle]];
            double[] lowerCell = cell.clone();
            lowerCell[3 + widest] = median;
            double[] upperCell = cell.clone();
            upperCell[widest] = median;
            return new double[][] { lowerCell, upperCell };
        }

        /** The node's children, box and sums, from the children's. */
        private void joinChildren(int node, int lower, int upper) {
            left[node] = lower;
            right[node] = upper;
            for (int f = 0; f < 3; f++) {
                low[3 * node + f] = smaller(low[3 * lower + f], low[3 * upper + f]);
                high[3 * node + f] = larger(high[3 * lower + f], high[3 * upper + f]);
                sum[3 * node + f] = sum[3 * lower + f] + sum[3 * upper + f];
            }
            squares[node] = squares[lower] + squares[upper];
        }

        private void measureLeaf(int node, int from, int to) {
            double lx = Double.POSITIVE_INFINITY;
            double ly = Double.POSITIVE_INFINITY;
            double lz = Double.POSITIVE_INFINITY;
            double hx = Double.NEGATIVE_INFINITY;
            double hy = Double.NEGATIVE_INFINITY;
            double hz = Double.NEGATIVE_INFINITY;
            double tx = 0;
            double ty = 0;
            double tz = 0;
            double norms = 0;
            double[] px = points[0];
            double[] py = points[1];
            double[] pz = points[2];
            for (int i = from; i < to; i++) {
                int point = order[i];
                double vx = px[point];
                double vy = py[point];
                double vz = pz[point];
                lx = smaller(lx, vx);
                ly = smaller(ly, vy);
                lz = smaller(lz, vz);
                hx = larger(hx, vx);
                hy = larger(hy, vy);
                hz = larger(hz, vz);
                tx += vx;
                ty += vy;
                tz += vz;
                norms += squared(vx, vy, vz);
            }
            int box = 3 * node;
            low[box] = lx;
            low[box + 1] = ly;
            low[box + 2] = lz;
            high[box] = hx;
            high[box + 1] = hy;
            high[box + 2] = hz;
            sum[box] = tx;
            sum[box + 1] = ty;
            sum[box + 2] = tz;
            squares[node] = norms;
        }
    }

    /** One k-means run: k-means++ seeding, then Lloyd steps through the tree. */
    private static final class Restart {
        private final double[] x;
        private final double[] y;
        private final double[] z;
        private final KdTree tree;
        private final int n;
        private final int k;
        private final SplittableRandom random;
        private final double tolerance;
        final double[] cx;
        final double[] cy;
        final double[] cz;
        private final double[] sx;
        private final double[] sy;
        private final double[] sz;
        private final int[] counts;
        /** Candidate centres of the node being filtered, one list per tree level. */
        private final int[][] candidates;
        /** While seeding: per node the largest and the sum of its points' squared distances to their nearest centre. */
        private double[] nodeFarthest;
        private double[] nodeSum;
        private double treeInertia;
        double inertia;
        int iterations;

        Restart(double[] x, double[] y, double[] z, KdTree tree, int k, SplittableRandom random, double tolerance) {
            this.x = x;
            this.y = y;
            this.z = z;
            this.tree = tree;
            this.n = x.length;
            this.k = k;
            this.random = random;
            this.tolerance = tolerance;
            cx = new double[k];
            cy = new double[k];
            cz = new double[k];
            sx = new double[k];
            sy = new double[k];
            sz = new double[k];
            counts = new int[k];
            candidates = new int[tree.depth + 1][k];
        }

        void run() {
            seed();
            int[] all = candidates[0];
            for (int c = 0; c < k; c++) {
                all[c] = c;
            }
            while (true) {
                iterations++;
                clearSums();
                filter(0, 0, k, false);
                relocateEmpty();
                double shift = moveCentres();
                if (shift <= tolerance || iterations >= MAX_ITERATIONS) {
                    break;
                }
            }
            // The inertia for the final centres, by which the restarts are compared.
            clearSums();
            treeInertia = 0;
            filter(0, 0, k, true);
            inertia = treeInertia;
        }

        private void clearSums() {
            for (int c = 0; c < k; c++) {
                sx[c] = 0;
                sy[c] = 0;
                sz[c] = 0;
                counts[c] = 0;
            }
        }

        /**
         * Adds the points of {@code node} to the sums of their nearest centres among the first
         * {@code m} of {@code candidates[level]}, which hold every centre that may be nearest to
         * one of them; with {@code measure}, adds their squared distances to the inertia instead.
         */
        private void filter(int node, int level, int m, boolean measure) {
            KdTree t = tree;
            int[] from = candidates[level];
            int box = 3 * node;
            double lx = t.low[box];
            double ly = t.low[box + 1];
            double lz = t.low[box + 2];
            double hx = t.high[box];
            double hy = t.high[box + 1];
            double hz = t.high[box + 2];
            // The candidate nearest to the middle of the box is likely nearest to its points.
            int best = nearestAmong((lx + hx) / 2, (ly + hy) / 2, (lz + hz) / 2, from, m);
            // A candidate is dropped when even the box corner farthest towards it is nearer to best.
            int[] kept = candidates[level + 1];
            int left = 0;
            kept[left++] = best;
            for (int j = 0; j < m; j++) {
                int c = from[j];
                if (c == best) {
                    continue;
                }
                double vx = cx[c] > cx[best] ? hx : lx;
                double vy = cy[c] > cy[best] ? hy : ly;
                double vz = cz[c] > cz[best] ? hz : lz;
                if (squared(vx - cx[c], vy - cy[c], vz - cz[c]) < squared(vx - cx[best], vy - cy[best], vz - cz[best])) {
                    kept[left++] = c;
                }
            }
            if (left == 1) {
                int count = t.end[node] - t.start[node];
                if (measure) {
                    double dot = cx[best] * t.sum[box] + cy[best] * t.sum[box + 1] + cz[best] * t.sum[box + 2];
                    double norm = squared(cx[best], cy[best], cz[best]);
                    treeInertia += t.squares[node] - 2 * dot + count * norm;
                } else {
                    sx[best] += t.sum[box];
                    sy[best] += t.sum[box + 1];
                    sz[best] += t.sum[box + 2];
                    counts[best] += count;
                }
            } else if (t.left[node] < 0) {
                for (int i = t.start[node], last = t.end[node]; i < last; i++) {
                    nearestOf(i, kept, left, measure);
                }
            } else {
                filter(t.left[node], level + 1, left, measure);
                filter(t.right[node], level + 1, left, measure);
            }
        }

        /** Adds point {@code i} (in tree order) to the sums of its nearest centre among the first {@code m} of {@code among}. */
        private void nearestOf(int i, int[] among, int m, boolean measure) {
            KdTree t = tree;
            double px = t.x[i];
            double py = t.y[i];
            double pz = t.z[i];
            int best = nearestAmong(px, py, pz, among, m);
            if (measure) {
                treeInertia += squared(px - cx[best], py - cy[best], pz - cz[best]);
            } else {
                sx[best] += px;
                sy[best] += py;
                sz[best] += pz;
                counts[best]++;
            }
        }

        /** The nearest to (px, py, pz) of the first {@code m} centres of {@code among}, the first of them on a tie. */
        private int nearestAmong(double px, double py, double pz, int[] among, int m) {
            int best = among[0];
            double nearest = squared(px - cx[best], py - cy[best], pz - cz[best]);
            for (int j = 1; j < m; j++) {
                int c = among[j];
                double distance = squared(px - cx[c], py - cy[c], pz - cz[c]);
                if (distance < nearest) {
                    nearest = distance;
                    best = c;
                }
            }
            return best;
        }

        /** Centres to the means of their points; returns the sum of the squared moves. */
        private double moveCentres() {
            double shift = 0;
            for (int c = 0; c < k; c++) {
                double nx = sx[c] / counts[c];
                double ny = sy[c] / counts[c];
                double nz = sz[c] / counts[c];
                shift += squared(nx - cx[c], ny - cy[c], nz - cz[c]);
                cx[c] = nx;
                cy[c] = ny;
                cz[c] = nz;
            }
            return shift;
        }

        /**
         * An empty cluster takes the point farthest from its centre, as scikit-learn does. Rare,
         * so it labels every point the plain way.
         */
        private void relocateEmpty() {
            int empty = 0;
            while (empty < k && counts[empty] > 0) {
                empty++;
            }
            if (empty == k) {
                return;
            }
            int[] labels = new int[n];
            double[] distances = new double[n];
            for (int i = 0; i < n; i++) {
                distances[i] = nearest(i, labels);
            }
            for (int c = empty; c < k; c++) {
                if (counts[c] > 0) {
                    continue;
                }
                int far = -1;
                double farthest = -1;
                for (int i = 0; i < n; i++) {
                    if (counts[labels[i]] > 1 && distances[i] > farthest) {
                        farthest = distances[i];
                        far = i;
                    }
                }
                int from = labels[far];
                sx[from] -= x[far];
                sy[from] -= y[far];
                sz[from] -= z[far];
                counts[from]--;
                sx[c] = x[far];
                sy[c] = y[far];
                sz[c] = z[far];
                counts[c] = 1;
                labels[far] = c;
                distances[far] = 0;
            }
        }

        /** The nearest centre of point {@code i} into {@code labels}, the lowest on a tie; returns the squared distance. */
        private double nearest(int i, int[] labels) {
            double px = x[i];
            double py = y[i];
            double pz = z[i];
            int best = 0;
            double nearest = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                double distance = squared(px - cx[c], py - cy[c], pz - cz[c]);
                if (distance < nearest) {
                    nearest = distance;
                    best = c;
                }
            }
            labels[i] = best;
            return nearest;
        }

        /** Labels every point with its nearest centre; returns the inertia. */
        double label(int[] labels) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += nearest(i, labels);
            }
            return total;
        }

        /**
         * Greedy k-means++: each new centre is the best of 2 + ln k candidates drawn by squared
         * distance. A candidate's potential, the sum of the squared distances to the nearest
         * centre were it one, is summed through the tree: a box no nearer to the candidate than
         * the farthest of its points is from its centre keeps its sum.
         */
        private void seed() {
            int trials = 2 + (int) Math.log(k);
            int first = random.nextInt(n);
            cx[0] = x[first];
            cy[0] = y[first];
            cz[0] = z[first];
            double[] closest = new double[n];
            double[] cumulative = new double[n];
            nodeFarthest = new double[tree.nodes];
            nodeSum = new double[tree.nodes];
            for (int i = 0; i < n; i++) {
                closest[i] = squared(x[i] - cx[0], y[i] - cy[0], z[i] - cz[0]);
            }
            summarize(0, closest);
            for (int c = 1; c < k; c++) {
                double running = 0;
                for (int i = 0; i < n; i++) {
                    running += closest[i];
                    cumulative[i] = running;
                }
                int bestCandidate = -1;
                double bestPotential = Double.MAX_VALUE;
                for (int t = 0; t < trials; t++) {
                    int candidate = Math.min(n - 1, upperBound(cumulative, random.nextDouble() * running));
                    double candidatePotential = potential(0, x[candidate], y[candidate], z[candidate], closest);
                    if (candidatePotential < bestPotential) {
                        bestPotential = candidatePotential;
                        bestCandidate = candidate;
                    }
                }
                cx[c] = x[bestCandidate];
                cy[c] = y[bestCandidate];
                cz[c] = z[bestCandidate];
                approach(0, cx[c], cy[c], cz[c], closest);
            }
            nodeFarthest = null;
            nodeSum = null;
        }

        /** The nodes' farthest and summed squared distances to the nearest centre, from the points up. */
        private void summarize(int node, double[] closest) {
            KdTree t = tree;
            if (t.left[node] < 0) {
                double farthest = 0;
                double total = 0;
                for (int p = t.start[node], last = t.end[node]; p < last; p++) {
                    double distance = closest[t.order[p]];
                    farthest = larger(farthest, distance);
                    total += distance;
                }
                nodeFarthest[node] = farthest;
                nodeSum[node] = total;
            } else {
                int lower = t.left[node];
                int upper = t.right[node];
                summarize(lower, closest);
                summarize(upper, closest);
                nodeFarthest[node] = larger(nodeFarthest[lower], nodeFarthest[upper]);
                nodeSum[node] = nodeSum[lower] + nodeSum[upper];
            }
        }

        /** The sum of the points' squared distances to their nearest centre if (qx, qy, qz) were one too. */
        private double potential(int node, double qx, double qy, double qz, double[] closest) {
            KdTree t = tree;
            if (boxDistance(node, qx, qy, qz) >= nodeFarthest[node]) {
                return nodeSum[node]; // no point of the box is nearer to q than to its centre
            }
            if (t.left[node] >= 0) {
                return potential(t.left[node], qx, qy, qz, closest) + potential(t.right[node], qx, qy, qz, closest);
            }
            double total = 0;
            for (int p = t.start[node], last = t.end[node]; p < last; p++) {
                total += smaller(closest[t.order[p]], squared(t.x[p] - qx, t.y[p] - qy, t.z[p] - qz));
            }
            return total;
        }

        /** Makes (qx, qy, qz) a centre: the points nearer to it than to their centre take their distance to it. */
        private void approach(int node, double qx, double qy, double qz, double[] closest) {
            KdTree t = tree;
            if (boxDistance(node, qx, qy, qz) >= nodeFarthest[node]) {
                return;
            }
            if (t.left[node] >= 0) {
                int lower = t.left[node];
                int upper = t.right[node];
                approach(lower, qx, qy, qz, closest);
                approach(upper, qx, qy, qz, closest);
                nodeFarthest[node] = larger(nodeFarthest[lower], nodeFarthest[upper]);
                nodeSum[node] = nodeSum[lower] + nodeSum[upper];
                return;
            }
            double farthest = 0;
            double total = 0;
            for (int p = t.start[node], last = t.end[node]; p < last; p++) {
                int i = t.order[p];
                double distance = smaller(closest[i], squared(t.x[p] - qx, t.y[p] - qy, t.z[p] - qz));
                closest[i] = distance;
                farthest = larger(farthest, distance);
                total += distance;
            }
            nodeFarthest[node] = farthest;
            nodeSum[node] = total;
        }

        /** The squared distance from (qx, qy, qz) to the box of {@code node}, 0 inside it. */
        private double boxDistance(int node, double qx, double qy, double qz) {
            KdTree t = tree;
            int box = 3 * node;
            double dx = larger(0, larger(t.low[box] - qx, qx - t.high[box]));
            double dy = larger(0, larger(t.low[box + 1] - qy, qy - t.high[box + 1]));
            double dz = larger(0, larger(t.low[box + 2] - qz, qz - t.high[box + 2]));
            return squared(dx, dy, dz);
        }
    }

    /** The larger of two finite numbers: unlike Math.max, small enough for C1 to inline (no NaN or -0.0 rules). */
    private static double larger(double a, double b) {
        return a > b ? a : b;
    }

    /** The smaller of two finite numbers, as {@link #larger}. */
    private static double smaller(double a, double b) {
        return a < b ? a : b;
    }

    private static double squared(double dx, double dy, double dz) {
        return dx * dx + dy * dy + dz * dz;
    }

    private static int upperBound(double[] cumulative, double value) {
        int low = 0;
        int high = cumulative.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
