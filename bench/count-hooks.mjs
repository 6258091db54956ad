// Loader hooks for bench/startup.mjs: count every module the process loads.
// Each load posts the running count, so the main thread can drain the port
// synchronously on exit (receiveMessageOnPort) and read the last one.
let count = 0;
let port;
export async function load(url, context, nextLoad) {
  count++;
  port?.postMessage(count);
  return nextLoad(url, context);
}
export async function initialize(data) {
  port = data;
}
