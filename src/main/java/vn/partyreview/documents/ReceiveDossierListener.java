package vn.partyreview.documents;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Tiếp nhận hồ sơ": the superior's office has received the dossier, by whom and when. */
@Component("receiveDossier")
class ReceiveDossierListener implements TaskListener {

    private final DossierSendings sendings;

    ReceiveDossierListener(DossierSendings sendings) {
        this.sendings = sendings;
    }

    @Override
    public void notify(DelegateTask task) {
        sendings.receive(task);
    }
}
