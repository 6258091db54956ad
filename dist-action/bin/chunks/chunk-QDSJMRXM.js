import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{n as t}from"./chunk-HQTMBSUP.js";var a={id:"plain-language",category:"prose",description:"Wordy or complex phrases with a plainer alternative (retext-simplify). Off by default.",defaultSeverity:"off",options:t.strictObject({allow:t.array(t.string()).default([])})};export{a};
