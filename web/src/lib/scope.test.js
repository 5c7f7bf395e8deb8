import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Scope } from './scope.js';

function fakeClock() {
  let next = 1;
  const pending = new Map();
  const add = (fn) => { const id = next++; pending.set(id, fn); return id; };
  const remove = (id) => { pending.delete(id); };
  return {
    pending,
    setTimeout: add,
    clearTimeout: remove,
    requestAnimationFrame: add,
    cancelAnimationFrame: remove,
    runAll() { for (const [id, fn] of [...pending]) { pending.delete(id); fn(0); } },
  };
}

test('dispose removes listeners added through the scope', () => {
  const scope = new Scope(fakeClock());
  const target = new EventTarget();
  let calls = 0;
  scope.listen(target, 'ping', () => calls++);
  target.dispatchEvent(new Event('ping'));
  scope.dispose();
  target.dispatchEvent(new Event('ping'));
  assert.equal(calls, 1);
});

test('dispose clears pending timers and frames; fired ones are forgotten', () => {
  const clock = fakeClock();
  const scope = new Scope(clock);
  const fired = [];
  scope.timeout(() => fired.push('t1'), 10);
  const t2 = scope.timeout(() => fired.push('t2'), 10);
  scope.frame(() => fired.push('f1'));
  scope.clearTimeout(t2);
  assert.equal(clock.pending.size, 2);
  clock.runAll();
  assert.deepEqual(fired, ['t1', 'f1']);
  scope.timeout(() => fired.push('late'), 10);
  scope.frame(() => fired.push('late frame'));
  scope.dispose();
  assert.equal(clock.pending.size, 0);
  clock.runAll();
  assert.deepEqual(fired, ['t1', 'f1']);
});

test('cleanups run once, last added first; after dispose nothing is acquired', () => {
  const scope = new Scope(fakeClock());
  const order = [];
  scope.add(() => order.push('a'));
  scope.add(() => order.push('b'));
  scope.dispose();
  scope.dispose();
  assert.deepEqual(order, ['b', 'a']);
  assert.equal(scope.disposed, true);
  scope.add(() => order.push('late'));  // run at once: the owner has gone
  assert.deepEqual(order, ['b', 'a', 'late']);
  assert.equal(scope.timeout(() => {}, 1), 0);
});

test('a failing cleanup does not stop the others', () => {
  const scope = new Scope(fakeClock());
  let ran = false;
  scope.add(() => { ran = true; });
  scope.add(() => { throw new Error('boom'); });
  assert.throws(() => scope.dispose(), AggregateError);
  assert.equal(ran, true);
});
