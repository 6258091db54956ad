import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{n as e}from"./chunk-HQTMBSUP.js";var s={id:"passive-voice",category:"prose",description:'Passive voice ("is credited", "was sent"), which hides who does what (retext-passive). Off by default.',defaultSeverity:"off",options:e.strictObject({allow:e.array(e.string()).default([]),regular:e.boolean().default(!0)})};export{s as a};
