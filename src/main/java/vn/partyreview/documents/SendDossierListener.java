package vn.partyreview.documents;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing "Gửi kết quả, hồ sơ về cấp trên": the dossier ZIP is made and kept as sent. */
@Component("sendDossier")
class SendDossierListener implements TaskListener {

    private final DossierSendings sendings;

    SendDossierListener(DossierSendings sendings) {
        this.sendings = sendings;
    }

    @Override
    public void notify(DelegateTask task) {
        sendings.send(task);
    }
}
