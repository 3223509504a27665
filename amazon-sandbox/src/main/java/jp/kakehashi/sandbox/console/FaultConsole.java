package jp.kakehashi.sandbox.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kakehashi.sandbox.fault.Fault;
import jp.kakehashi.sandbox.fault.FaultInjector;
import jp.kakehashi.sandbox.fault.SandboxEndpoint;

/** The console's fault injection form. */
@Named
@RequestScoped
public class FaultConsole {

    @Inject
    private FaultInjector faults;

    private SandboxEndpoint endpoint = SandboxEndpoint.GET_BUYER;
    private int latencyMillis;
    private int status;
    private boolean dropConnection;
    private boolean afterProcessing;
    private int times;

    public Map<SandboxEndpoint, Fault> getFaults() {
        return new TreeMap<>(faults.faults());
    }

    public List<SandboxEndpoint> getEndpoints() {
        return List.of(SandboxEndpoint.values());
    }

    public String inject() {
        try {
            faults.inject(endpoint, new Fault(latencyMillis, status, dropConnection, times, afterProcessing));
            // Answered on this response: a message kept in Faces' flash across a redirect was now and then lost
            message(FacesMessage.SEVERITY_INFO, "Fault injected into " + endpoint + ".");
            return null;
        } catch (IllegalArgumentException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
            return null;
        }
    }

    public String clear(SandboxEndpoint cleared) {
        faults.clear(cleared);
        return "/console/faults?faces-redirect=true";
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
    }

    public SandboxEndpoint getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(SandboxEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public int getLatencyMillis() {
        return latencyMillis;
    }

    public void setLatencyMillis(int latencyMillis) {
        this.latencyMillis = latencyMillis;
    }

    public int getStatus() {
        return status;
    }

    public void setStatus(int status) {
        this.status = status;
    }

    public boolean isDropConnection() {
        return dropConnection;
    }

    public void setDropConnection(boolean dropConnection) {
        this.dropConnection = dropConnection;
    }

    public int getTimes() {
        return times;
    }

    public void setTimes(int times) {
        this.times = times;
    }

    public boolean isAfterProcessing() {
        return afterProcessing;
    }

    public void setAfterProcessing(boolean afterProcessing) {
        this.afterProcessing = afterProcessing;
    }
}
