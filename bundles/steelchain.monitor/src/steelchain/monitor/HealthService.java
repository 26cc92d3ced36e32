package steelchain.monitor;

/** Checks the platform's health on demand; offered as an OSGi service by the monitor module. */
public interface HealthService {

    /**
     * @param runs   how many recent job runs to include
     * @param errors how many recent log errors to include
     */
    HealthReport check(int runs, int errors);
}
