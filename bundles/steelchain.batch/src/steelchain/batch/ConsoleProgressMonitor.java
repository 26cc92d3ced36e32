package steelchain.batch;

import java.io.PrintStream;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Progress of a headless run as lines on standard error, e.g. {@code [ 42%] Checking bundles}.
 * A line is written when the task or sub-task changes or the percentage moves by one point,
 * so a long job prints at most about a hundred progress lines.
 */
final class ConsoleProgressMonitor implements IProgressMonitor {

    private final PrintStream err;
    private volatile boolean cancelled;
    private int totalWork = UNKNOWN;
    private double worked;
    private int lastPercent = -1;
    private String task = "";
    private String subTask = "";

    ConsoleProgressMonitor(PrintStream err) {
        this.err = err;
    }

    @Override
    public void beginTask(String name, int total) {
        task = name == null ? "" : name;
        totalWork = total;
        worked = 0;
        lastPercent = -1;
        print();
    }

    @Override
    public void done() {
        if (totalWork > 0 && lastPercent < 100) {
            worked = totalWork;
            print();
        }
    }

    @Override
    public void internalWorked(double work) {
        worked += work;
        if (totalWork > 0 && percent() != lastPercent) {
            print();
        }
    }

    @Override
    public boolean isCanceled() {
        return cancelled;
    }

    @Override
    public void setCanceled(boolean value) {
        cancelled = value;
    }

    @Override
    public void setTaskName(String name) {
        task = name == null ? "" : name;
        print();
    }

    @Override
    public void subTask(String name) {
        subTask = name == null ? "" : name;
        print();
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    private int percent() {
        return (int) Math.min(100, Math.floor(worked * 100 / totalWork));
    }

    private void print() {
        StringBuilder line = new StringBuilder();
        if (totalWork > 0) {
            lastPercent = percent();
            line.append(String.format("[%3d%%] ", lastPercent));
        }
        line.append(task);
        if (!subTask.isEmpty()) {
            line.append(task.isEmpty() ? "" : ": ").append(subTask);
        }
        if (!line.isEmpty()) {
            err.println(line);
        }
    }
}
