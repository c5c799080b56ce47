/// <reference lib="webworker" />
// Module worker: writes export files off the main thread. Thin: message in, core call, result out.
import type { ExportRequest } from './exportProtocol';
import { runExport } from './runExport';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<ExportRequest>) => {
  scope.postMessage(runExport(e.data));
};
