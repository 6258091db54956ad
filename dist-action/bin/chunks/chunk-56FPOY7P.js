import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{n as e}from"./chunk-HQTMBSUP.js";var a={id:"inclusive-language",category:"prose",description:"Gendered, ableist or otherwise insensitive wording with a neutral alternative (retext-equality). Off by default.",defaultSeverity:"off",options:e.strictObject({allow:e.array(e.string()).default([]),binary:e.boolean().default(!1)})};export{a};
