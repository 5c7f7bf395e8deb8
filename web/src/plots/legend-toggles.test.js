import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryBoxes } from './legend-toggles.js';

test("entryBoxes: one box per curve's entry, the test vector's left out", () => {
  const hit = [{ left: 10, top: 200, width: 50, height: 14 }, { left: 70, top: 200, width: 80, height: 14 }, { left: 160, top: 200, width: 90, height: 14 }];
  const items = [{ datasetIndex: 0 }, { datasetIndex: 1 }, { datasetIndex: 2 }];
  assert.deepEqual(entryBoxes(hit, items, 2), [
    { index: 0, left: 10, top: 200, width: 50, height: 14 },
    { index: 1, left: 70, top: 200, width: 80, height: 14 },
  ]);
  assert.deepEqual(entryBoxes([], items, 2), []);
});
