import { onPromptsMayHaveChanged } from '../utils/db/changes';
import { handleMessages } from '../utils/messages';
import { ALARM_NAME } from '../utils/background/alarm';
import { catchUp, onFreshStart, onWake } from '../utils/background/lifecycle';
import { captureHandlers } from '../utils/background/capture-handlers';
import { requestChecks } from '../utils/background/message-requests';
import { answerNotification, openFromNotification } from '../utils/background/notifications';

// Wiring only: each browser event hands off to a function in utils/background that tests can call.
export default defineBackground(() => {
  // Listeners first and synchronously, so an event that woke the worker is not missed.
  browser.runtime.onInstalled.addListener(({ reason }) => void onFreshStart(reason));
  browser.runtime.onStartup.addListener(() => void onFreshStart('startup'));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_NAME) void catchUp();
  });
  browser.notifications.onClicked.addListener((id) => void openFromNotification(id));
  browser.notifications.onButtonClicked.addListener((id, index) => void answerNotification(id, index));
  // onWake also finishes a re-derivation a write left to the background (an acceptance at 10k), then re-arms.
  onPromptsMayHaveChanged(() => void onWake());
  handleMessages({
    ...captureHandlers,
    async promptsChanged() {
      await onWake();
    },
  }, requestChecks);
  // A wake (a message, an alarm) may follow a kill: finish a stale plan, re-arm from what Dexie holds.
  void onWake();
});
