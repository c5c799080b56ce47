/// <reference lib="webworker" />
// Module worker: parses an imported file off the main thread. Thin: message in, core call, result out.
import type { ParseRequest } from './importProtocol';
import { parseRequest } from './parseRequest';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<ParseRequest>) => {
  scope.postMessage(parseRequest(e.data));
};
