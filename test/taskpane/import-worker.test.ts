// Reading a paste off the UI thread: the schedules cross the worker boundary (structured cloning,
// which keeps a Decimal's fields but not its class) exactly, and where there is no Worker (Node,
// jsdom) the paste is read on the spot.
import { readSchedules } from "../../src/core/schedule2";
import { fromTransfer, toTransfer } from "../../src/taskpane/import/transfer";
import { readPasted, WORKER_THRESHOLD } from "../../src/taskpane/import/read-pasted";
import { readSeedSchedule, readShared } from "../support/shared";

test("schedules survive the trip to and from a worker exactly, figures as Decimals again", () => {
  const models = readSchedules(readShared("fixtures/schedule2/07_ibm_fy2024.html"));
  const cloned = structuredClone(toTransfer(models));
  const back = fromTransfer(cloned);
  expect(back).toEqual(models);
  expect(back[0].rows[0].begin.plus(1).toString()).toBe(models[0].rows[0].begin.plus(1).toString());
});

test("without a Worker a large paste is read on the spot, as the reader reads it", async () => {
  const seed = readSeedSchedule();
  const large = seed + "\n".repeat(WORKER_THRESHOLD);
  expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe("undefined");
  const models = await readPasted(large);
  expect(models.map((m) => m.rows.length)).toEqual(readSchedules(seed).map((m) => m.rows.length));
});
