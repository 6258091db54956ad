import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a,b,c,d,e,f,g,h,i,j,k}from"./chunk-STYN4BLD.js";import"./chunk-GHXEODYY.js";import"./chunk-UQLAQQ5Q.js";export{b as ArrayTaskQueue,c as FixedQueue,d as Piscina,a as default,e as isWorkerThread,f as move,g as queueOptionsSymbol,h as transferableSymbol,i as valueSymbol,j as version,k as workerData};
