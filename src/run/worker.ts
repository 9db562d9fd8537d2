/**
 * A pipeline worker thread: builds the pipeline once, then annotates each Document it is sent.
 *
 * Documents are plain data (strings, numbers, arrays), so they cross `postMessage` by structured
 * clone both ways; nothing is shared. A document that throws is answered with an error, and the
 * worker goes on with the next one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../model/document.js';
import { dropLayers, loadPipeline, type WorkerReply, type WorkerRequest } from './pipeline-module.js';

const port = parentPort;
if (!port) throw new Error('run/worker.ts must be started as a worker thread');

try {
  const { pipelineModule, drop } = workerData as { pipelineModule: string; drop: string[] };
  const pipeline = await loadPipeline(pipelineModule);
  port.on('message', (msg: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { seq: msg.seq, doc: dropLayers(pipeline.run(msg.doc as Document), drop) };
    } catch (err) {
      reply = { seq: msg.seq, error: (err as Error).stack ?? String(err) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ ready: false, error: (err as Error).stack ?? String(err) });
}
