import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Scope } from '../lib/scope.js';
import { UrlSync } from './url-sync.js';
import { UrlHistory } from './history.js';

function fakeClock() {
  let next = 1;
  const pending = new Map();
  return {
    pending,
    setTimeout: (fn) => { const id = next++; pending.set(id, fn); return id; },
    clearTimeout: (id) => { pending.delete(id); },
    runAll() { for (const [id, fn] of [...pending]) { pending.delete(id); fn(0); } },
  };
}

// A window's history: entries of search strings, and where we are.
function fakeWindow(search = '?fn=relu') {
  const entries = [search];
  let index = 0;
  const location = { hash: '', get search() { return entries[index]; } };
  return {
    location,
    entries,
    get index() { return index; },
    history: {
      state: null,
      pushState(_, __, url) { entries.splice(index + 1, Infinity, url); index += 1; },
      replaceState(_, __, url) { entries[index] = url; },
    },
    back() { index -= 1; },
  };
}

function setup() {
  const clock = fakeClock();
  const scope = new Scope(clock);
  const win = fakeWindow();
  const history = new UrlHistory(new UrlSync(scope, win), scope, { pause: 600 });
  const state = (fn, x = '[1]') => ({ fn, params: {}, x, compare: null, xmin: -5, xmax: 5 });
  return { clock, win, history, state };
}

test('a step is one entry; a script\'s change replaces the current one', () => {
  const { win, history, state } = setup();
  history.change(state('relu', '[2]'), { fromReader: false });
  assert.deepEqual(win.entries, ['?fn=relu&x=[2]']);
  history.change(state('elu'));
  history.change(state('sigmoid'));
  assert.deepEqual(win.entries, ['?fn=relu&x=[2]', '?fn=elu&x=[1]', '?fn=sigmoid&x=[1]']);
  win.back();
  history.moved();
  history.change(state('tanh'));
  assert.deepEqual(win.entries, ['?fn=relu&x=[2]', '?fn=elu&x=[1]', '?fn=tanh&x=[1]'], 'a change after Back drops the entries ahead');
});

test('typing is one entry, closed when typing pauses; a step after it is its own', () => {
  const { clock, win, history, state } = setup();
  for (const x of ['[', '[3', '[3]']) history.change(state('relu', x), { typing: true });
  clock.runAll();  // the throttled write and the pause
  assert.deepEqual(win.entries, ['?fn=relu', '?fn=relu&x=[3]']);
  history.change(state('relu', '[4'), { typing: true });
  history.change(state('relu', '[4]'), { typing: true });
  history.change(state('elu', '[4]'));
  assert.deepEqual(win.entries, ['?fn=relu', '?fn=relu&x=[3]', '?fn=relu&x=[4]', '?fn=elu&x=[4]']);
  assert.equal(clock.pending.size, 0, 'nothing left to write');
});

test('a gesture is one entry from begin() to commit(), whatever comes between', () => {
  const { clock, win, history, state } = setup();
  history.begin();
  for (const xmax of [6, 7, 8]) history.change({ ...state('relu'), xmax });
  history.begin();  // each event of a wheel burst may say so again
  history.change({ ...state('relu'), xmax: 9 });
  assert.equal(win.entries.length, 2);
  history.commit();
  assert.deepEqual(win.entries, ['?fn=relu', '?fn=relu&x=[1]&xmin=-5&xmax=9']);
  history.begin();
  history.commit();  // a tap that moved nothing: no entry
  history.change({ ...state('relu'), xmax: 10 });
  assert.equal(win.entries.length, 3);
  clock.runAll();
  assert.equal(win.entries.length, 3);
});

test('Back: a write still waiting never lands on the entry Back moved to', () => {
  const { clock, win, history, state } = setup();
  history.change(state('elu'));
  history.change(state('elu', '[5'), { typing: true });
  history.change(state('elu', '[5]'), { typing: true });  // throttled: waits
  win.back();
  history.moved();
  clock.runAll();
  assert.deepEqual(win.entries, ['?fn=relu', '?fn=elu&x=[1]', '?fn=elu&x=[5']);
  assert.equal(win.location.search, '?fn=elu&x=[1]');
});

test('a burst (a wheel\'s events) is one entry, finished once the events pause', () => {
  const { clock, win, history, state } = setup();
  for (const xmax of [4, 3, 2]) {
    history.burst(300);
    history.change({ ...state('relu'), xmax });
  }
  assert.equal(win.entries.length, 2);
  clock.runAll();  // the pause: the burst is committed
  assert.deepEqual(win.entries, ['?fn=relu', '?fn=relu&x=[1]&xmin=-5&xmax=2']);
  history.burst(300);
  history.change({ ...state('relu'), xmax: 1 });
  clock.runAll();
  history.change(state('elu'));
  assert.deepEqual(win.entries.slice(2), ['?fn=relu&x=[1]&xmin=-5&xmax=1', '?fn=elu&x=[1]'], 'each burst and step: its own entry');
});
