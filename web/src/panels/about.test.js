import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noteHeading } from './about.js';

test('noteHeading: the note is headed by what f has (the core\'s shape facts)', () => {
  assert.equal(noteHeading({ points: [{ x: 0, jump: false, kink: true }] }), 'At the kink.');
  assert.equal(noteHeading({ points: [{ x: -1, kink: true }, { x: 1, kink: true }] }), 'At the kinks.');
  assert.equal(noteHeading({ points: [{ x: 0, jump: true }] }), 'At the jump.');
  assert.equal(noteHeading({ points: [] }), 'How it is computed.');
});
