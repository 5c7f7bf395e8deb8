// Undo with Back, for a widget that owns its page's URL (`sync-url`). Each deliberate change
// is one history entry, so Back and Forward walk them:
//   - a step (a function picked, a function compared or dropped, a zoom button): one entry now;
//   - typing (the test vector, a parameter or range box): one entry, closed once typing
//     pauses (`pause` ms, the pause after which results are announced);
//   - a gesture (a slider drag, a pan drag, a pinch, a wheel burst): begin() when it starts,
//     commit() when it ends; every change in between goes to its one entry.
// The first change of an entry pushes it (the entry before keeps the state before); later
// changes of the same entry replace it (throttled by UrlSync). Changes that are not the
// reader's (attributes set by a script, the widget's first picture) replace the current entry.
// For code that moves the view: begin() as a gesture starts (idempotent) and commit() as it
// ends; for a burst of events with no end of its own (a wheel's), burst() on each event: one
// entry, finished once the events pause.
export class UrlHistory {
  #sync;
  #scope;
  #pause;
  #open = false;     // the current entry is a change still in progress
  #gesture = false;
  #timer = 0;
  #burstTimer = 0;

  // sync: a UrlSync; scope: the connection's Scope (timers); pause: ms, typing's end.
  constructor(sync, scope, { pause }) {
    this.#sync = sync;
    this.#scope = scope;
    this.#pause = pause;
  }

  /** The state after a change; `typing`: more keystrokes may follow; `fromReader`: false for a script's change. */
  change(state, { typing = false, fromReader = true } = {}) {
    if (!fromReader) {
      this.#sync.request(state);
      return;
    }
    // A step after typing is an entry of its own: typing's entry is closed first.
    if (this.#open && !this.#gesture && !typing) this.commit();
    if (this.#open) {
      this.#sync.request(state);
    } else {
      this.#sync.push(state);
      this.#open = true;
    }
    this.#scope.clearTimeout(this.#timer);
    if (this.#gesture) return;
    if (typing) this.#timer = this.#scope.timeout(() => this.commit(), this.#pause);
    else this.commit();
  }

  /** A gesture starts: its changes make one entry, until commit(). */
  begin() {
    if (this.#gesture) return;
    this.commit();
    this.#gesture = true;
  }

  /** One event of a burst (a wheel's): the burst is one gesture, committed once it pauses (ms). */
  burst(ms = this.#pause) {
    this.begin();
    this.#scope.clearTimeout(this.#burstTimer);
    this.#burstTimer = this.#scope.timeout(() => this.commit(), ms);
  }

  /** The entry in progress is finished: the next change starts a new one. */
  commit() {
    this.#scope.clearTimeout(this.#timer);
    this.#scope.clearTimeout(this.#burstTimer);
    this.#gesture = false;
    if (!this.#open) return;
    this.#open = false;
    this.#sync.writeNow();
  }

  /** Back or Forward moved to another entry: nothing in progress is written to it. */
  moved() {
    this.#scope.clearTimeout(this.#timer);
    this.#scope.clearTimeout(this.#burstTimer);
    this.#gesture = false;
    this.#open = false;
    this.#sync.cancel();
  }
}
