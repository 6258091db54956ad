// Loader hooks for bench/startup.mjs: count every module the process loads.
let count = 0;
export async function load(url, context, nextLoad) {
  count++;
  return nextLoad(url, context);
}
export async function initialize(port) {
  process.on('exit', () => port.postMessage(count));
  port.on('message', () => port.postMessage(count));
}
