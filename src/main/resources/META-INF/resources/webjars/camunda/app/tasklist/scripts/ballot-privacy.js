// party-review: nothing of a filled ballot sheet stays in the browser (voters may share an office PC).
// Tasklist keeps a form's data in localStorage under "camunda-form:<taskId>" when "Lưu" (Save) is pressed and when
// the session expires; it also fills a form from that entry when the task is opened again. For a ballot (a form
// whose fields are named ballotSheet...), this script refuses the write, removes any such entry left from before,
// and hides the Save button. Loaded through customScripts in config.js; BallotTasklistBrowserTest checks it.

const FORM_ENTRY = 'camunda-form:';
const SHEET_FIELD = 'ballotSheet';
// form-js ids of a ballot row's radio inputs contain the component id "Radio_BallotSheet_<n>"
const BALLOT_FORM_SELECTOR = '[id*="Radio_BallotSheet_"]';

function isBallotData(text) {
  try {
    const data = JSON.parse(text);
    return data !== null && typeof data === 'object'
      && Object.keys(data).some(key => key.startsWith(SHEET_FIELD));
  } catch (notJson) {
    return false;
  }
}

function isBallotEntry(key, value) {
  return String(key).startsWith(FORM_ENTRY) && isBallotData(String(value));
}

function removeBallotEntries() {
  for (let i = window.localStorage.length - 1; i >= 0; i--) {
    const key = window.localStorage.key(i);
    if (isBallotEntry(key, window.localStorage.getItem(key))) {
      window.localStorage.removeItem(key);
    }
  }
}

const setItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  if (this === window.localStorage && isBallotEntry(key, value)) {
    this.removeItem(key);
    return;
  }
  setItem.call(this, key, value);
};

function hideSaveOnBallots() {
  document.querySelectorAll('button[ng-click^="save("]').forEach(button => {
    const task = button.closest('form') || button.parentElement.parentElement;
    const ballot = task !== null && task.querySelector(BALLOT_FORM_SELECTOR) !== null;
    button.style.display = ballot ? 'none' : '';
  });
}

removeBallotEntries();
new MutationObserver(hideSaveOnBallots).observe(document.documentElement, {childList: true, subtree: true});

export default [];
