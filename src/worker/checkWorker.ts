/// <reference lib="webworker" />
// Module worker: runs the check engine off the main thread. Thin: message in, core call, result out.
import type { CheckRequest } from './checkProtocol';
import { runCheck } from './runCheck';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<CheckRequest>) => {
  scope.postMessage(runCheck(e.data));
};
